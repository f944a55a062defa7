// explain: stopped@7#0
// findings: -
package main

func main() {
	n := 0
	for {
		n++
	}
}
