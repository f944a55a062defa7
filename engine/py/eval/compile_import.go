package eval

import (
	"fmt"
	"strings"

	"taskline/engine/py/ast"
)

func (c *compiler) importStmt(s *ast.Import) stmtFn {
	type imp struct {
		name string
		st   storeFn
		top  bool
	}
	var imps []imp
	for _, a := range s.Names {
		if a.Asname != "" {
			imps = append(imps, imp{a.Name, c.storeName(a.Asname), false})
		} else {
			top := a.Name
			if i := strings.IndexByte(top, '.'); i >= 0 {
				top = top[:i]
			}
			imps = append(imps, imp{a.Name, c.storeName(top), top != a.Name})
		}
	}
	return func(in *Interp, fr *frame) error {
		for _, im := range imps {
			m, err := in.Import(im.name)
			if err != nil {
				return err
			}
			if im.top {
				top := im.name[:strings.IndexByte(im.name, '.')]
				m, err = in.Import(top)
				if err != nil {
					return err
				}
			}
			if err := im.st(in, fr, m); err != nil {
				return err
			}
		}
		return nil
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) stmtFn {
	if s.Level > 0 {
		c.unsupported(s, "relative import")
	}
	mod := s.Module
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.unsupported(s, "'from "+mod+" import *'")
	}
	type imp struct {
		name string
		st   storeFn
	}
	var imps []imp
	for _, a := range s.Names {
		as := a.Asname
		if as == "" {
			as = a.Name
		}
		imps = append(imps, imp{a.Name, c.storeName(as)})
	}
	return func(in *Interp, fr *frame) error {
		m, err := in.Import(mod)
		if err != nil {
			return err
		}
		for _, im := range imps {
			v, ok := m.Get(im.name)
			if !ok {
				if sub, err := in.Import(mod + "." + im.name); err == nil {
					v, ok = sub, true
				}
			}
			if !ok {
				if err := in.notModelledName(mod, im.name); err != nil {
					return err
				}
				e := Errorf(ImportErrorClass, "cannot import name '%s' from '%s' (%s)", im.name, mod, in.moduleLocation(mod))
				in.suggestImportName(e, m, mod, im.name)
				return e
			}
			if err := im.st(in, fr, v); err != nil {
				return err
			}
		}
		return nil
	}
}

// stdlibPackages and stdlibFiles are the modules Taskline provides that are
// Python source in CPython's standard library (a package's __init__.py, or
// one file); CPython names a module's file in "cannot import name"
// errors, and the corpus records it under a standard install's
// /usr/lib/python3.X. The others (sys, time, itertools, math) are built into
// the interpreter there: "unknown location".
var (
	stdlibPackages = map[string]bool{"asyncio": true, "concurrent": true, "concurrent.futures": true,
		"collections": true, "json": true, "logging": true}
	stdlibFiles = map[string]bool{"contextvars": true, "random": true, "traceback": true, "warnings": true,
		"functools": true, "dataclasses": true, "typing": true, "enum": true, "heapq": true, "bisect": true,
		"string": true, "copy": true, "abc": true, "datetime": true, "contextlib": true, "__future__": true}
)

// moduleLocation is where CPython says module mod was loaded from.
func (in *Interp) moduleLocation(mod string) string {
	path := strings.ReplaceAll(mod, ".", "/")
	switch {
	case stdlibPackages[mod]:
		return fmt.Sprintf("/usr/lib/python3.%d/%s/__init__.py", in.minor, path)
	case stdlibFiles[mod]:
		return fmt.Sprintf("/usr/lib/python3.%d/%s.py", in.minor, path)
	}
	return "unknown location"
}
