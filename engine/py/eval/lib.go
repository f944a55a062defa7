package eval

import (
	"embed"
	"strings"

	"taskline/engine/py/syntax"
)

// Some modules of the standard library are written in Python (lib/*.py),
// compiled by this package like the program itself: contextlib, functools,
// itertools, collections, dataclasses, enum, typing, logging, heapq, bisect,
// copy, string, json, abc. They implement the common part of
// each module, with CPython's behaviour; anything else fails with
// AttributeError or ImportError as a missing name would.

//go:embed lib/*.py
var libFS embed.FS

// libSources holds each library module's source lines, for tracebacks.
var libSources = map[string][]string{}

func init() {
	entries, _ := libFS.ReadDir("lib")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		src, _ := libFS.ReadFile("lib/" + e.Name())
		libSources[name] = strings.Split(string(src), "\n")
		RegisterModule(name, pyModule(name, src))
	}
}

func pyModule(name string, src []byte) func(in *Interp) (*Module, error) {
	return func(in *Interp) (*Module, error) {
		file := name + ".py"
		f, err := syntax.ParseFile(file, src, "")
		if err != nil {
			return nil, Errorf(ImportErrorClass, "cannot load %s: %v", name, err)
		}
		prog, err := compileModule(f, name)
		if err != nil {
			return nil, Errorf(ImportErrorClass, "cannot load %s: %v", name, err)
		}
		m := &Module{Name: name, g: prog.g}
		prog.g.vals[prog.g.slot("__name__")] = Str(name)
		in.modules[name] = m // visible to imports inside the module
		fr := &frame{code: prog.code, act: in.newAct()}
		if _, err := prog.code.body(in, fr); err != nil {
			delete(in.modules, name)
			return nil, err
		}
		return m, nil
	}
}
