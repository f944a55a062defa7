//go:build ignore

// Command wasmsize says what a Go WebAssembly module spends its bytes on:
// the code bytes of each Go package (from the module's name section, so
// build it without -ldflags=-s -w), the size of the data section, and with
// -funcs the largest functions. `go tool nm` does not read wasm files.
//
//	GOOS=js GOARCH=wasm go build -tags tasklinepy -gcflags=all=-l -o /tmp/py.wasm ./wasm
//	go run web/tools/wasmsize.go [-n 40] [-funcs] /tmp/py.wasm
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	n := flag.Int("n", 40, "rows to print")
	funcs := flag.Bool("funcs", false, "list the largest functions instead of packages")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-n N] [-funcs] MODULE.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	m, err := parse(b)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	if len(m.names) == 0 {
		fmt.Fprintln(os.Stderr, "wasmsize: no name section (built with -ldflags=-s?)")
	}
	type row struct {
		name string
		size int
	}
	var rows []row
	byPkg := map[string]int{}
	code := 0
	for i, s := range m.code {
		name := m.names[m.imports+i]
		code += s
		if *funcs {
			rows = append(rows, row{name, s})
		} else {
			byPkg[pkgOf(name)] += s
		}
	}
	for k, v := range byPkg {
		rows = append(rows, row{k, v})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	fmt.Printf("%d bytes: code %d, data %d\n", len(b), code, m.data)
	for i, r := range rows {
		if i == *n {
			break
		}
		fmt.Printf("%9d  %s\n", r.size, r.name)
	}
}

type module struct {
	imports int            // imported functions, which come first in the index space
	code    []int          // body size of each defined function
	names   map[int]string // function index → name
	data    int            // data section size
}

// parse reads the sections wasmsize needs (WebAssembly core spec, "Binary
// Format": import 2, code 10, data 11, the custom "name" section's function
// names, subsection 1).
func parse(b []byte) (*module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm module")
	}
	m := &module{names: map[int]string{}}
	r := reader{b: b, i: 8}
	for r.i < len(b) {
		id := r.byte()
		sec := reader{b: r.bytes(int(r.uleb()))}
		switch id {
		case 2:
			for k := sec.uleb(); k > 0; k-- {
				sec.bytes(int(sec.uleb())) // module
				sec.bytes(int(sec.uleb())) // name
				switch sec.byte() {
				case 0: // function
					sec.uleb()
					m.imports++
				case 1: // table
					sec.byte()
					sec.limits()
				case 2: // memory
					sec.limits()
				case 3: // global
					sec.byte()
					sec.byte()
				}
			}
		case 10:
			for k := sec.uleb(); k > 0; k-- {
				l := int(sec.uleb())
				m.code = append(m.code, l)
				sec.bytes(l)
			}
		case 11:
			m.data = len(sec.b)
		case 0:
			if string(sec.bytes(int(sec.uleb()))) != "name" {
				continue
			}
			for sec.i < len(sec.b) {
				sub := sec.byte()
				body := reader{b: sec.bytes(int(sec.uleb()))}
				if sub != 1 {
					continue
				}
				for k := body.uleb(); k > 0; k-- {
					idx := int(body.uleb())
					m.names[idx] = string(body.bytes(int(body.uleb())))
				}
			}
		}
	}
	return m, nil
}

type reader struct {
	b []byte
	i int
}

func (r *reader) byte() byte { c := r.b[r.i]; r.i++; return c }

func (r *reader) bytes(n int) []byte { s := r.b[r.i : r.i+n]; r.i += n; return s }

func (r *reader) uleb() uint64 {
	v, n := binary.Uvarint(r.b[r.i:])
	r.i += n
	return v
}

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

// pkgOf is the package of a Go symbol as the wasm name section spells it
// ("taskline/engine/py/eval.(*Interp).repr1" → "taskline/engine/py/eval").
func pkgOf(name string) string {
	slash := strings.LastIndex(name, "/")
	rest := name[slash+1:]
	dot := strings.Index(rest, ".")
	if dot < 0 {
		return name
	}
	return name[:slash+1+dot]
}
