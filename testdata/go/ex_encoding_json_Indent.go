// ExampleIndent from $GOROOT/src (Go 1.26.8), turned into a main program by testdata/examples2main.go.

package main

import (
	"bytes"
	"encoding/json"
	"log"
	"os"
)

func main() {
	type Road struct {
		Name   string
		Number int
	}
	roads := []Road{
		{"Diamond Fork", 29},
		{"Sheep Creek", 51},
	}

	b, err := json.Marshal(roads)
	if err != nil {
		log.Fatal(err)
	}

	var out bytes.Buffer
	json.Indent(&out, b, "=", "\t")
	out.WriteTo(os.Stdout)

}

// Output:
// [
// =	{
// =		"Name": "Diamond Fork",
// =		"Number": 29
// =	},
// =	{
// =		"Name": "Sheep Creek",
// =		"Number": 51
// =	}
// =]
