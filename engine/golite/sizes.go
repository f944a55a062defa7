package golite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"math"
)

// Type bombs: types whose size, or whose checking, explodes.

// maxTypeExpansion bounds how many struct fields and array elements a
// program's named types may expand to when every named type is unfolded.
// go/types' validType unfolds them without memoising, so checking
//
//	type T1 struct{ a, b T0 }
//	type T2 struct{ a, b T1 } // ... T64
//
// takes 2^64 steps; go build hangs on it just the same. Past this bound
// (a 22-level doubling), the program is refused before it is checked.
const maxTypeExpansion = 1 << 22

// typeBombs reports the named types of f that expand past maxTypeExpansion.
func typeBombs(fset *token.FileSet, f *ast.File) []compileError {
	specs := map[string]*ast.TypeSpec{}
	var order []*ast.TypeSpec
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				specs[ts.Name.Name] = ts
				order = append(order, ts)
			}
		}
	}
	memo := map[string]float64{}
	var size func(e ast.Expr) float64
	size = func(e ast.Expr) float64 {
		switch e := e.(type) {
		case *ast.Ident:
			ts := specs[e.Name]
			if ts == nil {
				return 1
			}
			if n, ok := memo[e.Name]; ok {
				return n
			}
			memo[e.Name] = 1 // a cycle is go/types' to report
			n := size(ts.Type)
			memo[e.Name] = n
			return n
		case *ast.ParenExpr:
			return size(e.X)
		case *ast.ArrayType:
			if e.Len == nil {
				return 1 // a slice: checked through its element once
			}
			return 1 + size(e.Elt)
		case *ast.StructType:
			n := 1.0
			for _, fl := range e.Fields.List {
				k := max(len(fl.Names), 1)
				n += float64(k) * size(fl.Type)
			}
			return n
		case *ast.IndexExpr, *ast.IndexListExpr:
			return 1
		}
		return 1
	}
	var errs []compileError
	for _, ts := range order {
		if n := size(ts.Name); n > maxTypeExpansion {
			errs = append(errs, compileError{fset.Position(ts.Name.Pos()),
				fmt.Sprintf("type %s nests about 2^%.0f fields and elements: checking it takes time exponential in its depth (go build does not finish either); not supported by Taskline", ts.Name.Name, math.Log2(n))})
			break
		}
	}
	return errs
}

// maxWidth is the compiler's limit on a type's size on amd64
// (cmd/compile/internal/types.MaxWidth, 1<<50).
const maxWidth = 1 << 50

// maxSymbol is the linker's limit on one symbol's size.
const maxSymbol = 2000000000

// sizeErrors reports, as go build does, the program's variables whose type
// is larger than the address space: an array type past maxWidth is "type T
// larger than address space" (CalcArraySize), a struct past it "type T too
// large", at the variable's position.
func sizeErrors(p *program, pkg *types.Package, f *ast.File) []compileError {
	memo := map[types.Type]int64{}
	qual := types.RelativeTo(pkg)
	var errs []compileError
	for id, obj := range p.info.Defs {
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || id.Pos() < f.Pos() || id.Pos() > f.End() {
			continue
		}
		var msg string
		w := width(v.Type(), memo, map[types.Type]bool{}, func(t types.Type, array bool) {
			if msg != "" {
				return
			}
			if array {
				msg = fmt.Sprintf("type %s larger than address space", types.TypeString(t, qual))
			} else {
				msg = fmt.Sprintf("type %s too large", types.TypeString(t, qual))
			}
		})
		if msg == "" && v.Parent() == pkg.Scope() && w > maxSymbol {
			// A package variable is a symbol of the binary, which the
			// linker limits (cmd/link: "symbol too large").
			msg = fmt.Sprintf("main.%s: symbol too large (%d bytes > %d bytes)", v.Name(), w, maxSymbol)
		}
		if msg != "" {
			errs = append(errs, compileError{p.fset.Position(id.Pos()), msg})
		}
	}
	return errs
}

// width is the size of t in bytes on amd64, calling bad for the first type
// (innermost first) that does not fit; element types of slices, maps,
// channels and pointers are checked too, as the compiler lays them out.
func width(t types.Type, memo map[types.Type]int64, busy map[types.Type]bool, bad func(types.Type, bool)) int64 {
	if w, ok := memo[t]; ok {
		return w
	}
	if busy[t] {
		return 8
	}
	busy[t] = true
	defer delete(busy, t)
	var w int64
	switch u := t.Underlying().(type) {
	case *types.Array:
		ew := width(u.Elem(), memo, busy, bad)
		if ew != 0 && u.Len() > (maxWidth-1)/ew {
			bad(t, true)
			w = maxWidth
		} else {
			w = ew * u.Len()
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			w += width(u.Field(i).Type(), memo, busy, bad)
			if w >= maxWidth {
				bad(t, false)
				w = maxWidth
				break
			}
		}
	case *types.Slice:
		width(u.Elem(), memo, busy, bad)
		w = 24
	case *types.Pointer:
		width(u.Elem(), memo, busy, bad)
		w = 8
	case *types.Chan:
		width(u.Elem(), memo, busy, bad)
		w = 8
	case *types.Map:
		width(u.Key(), memo, busy, bad)
		width(u.Elem(), memo, busy, bad)
		w = 8
	case *types.Basic:
		w = gcSizes.Sizeof(u)
	case *types.Interface:
		w = 16
	default:
		w = 8 // functions; type parameters are checked once instantiated
	}
	memo[t] = w
	return w
}
