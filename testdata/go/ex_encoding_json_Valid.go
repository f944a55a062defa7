// ExampleValid from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	goodJSON := `{"example": 1}`
	badJSON := `{"example":2:]}}`

	fmt.Println(json.Valid([]byte(goodJSON)), json.Valid([]byte(badJSON)))

}

// Output:
// true false
