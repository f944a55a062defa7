package ast

// Inspect traverses the tree rooted at n in source order, calling f for
// each node; if f returns false, the node's children are skipped. Param,
// ExceptHandler, Keyword and Alias are visited as nodes; WithItem and
// Comprehension have no extent, so only their expressions are visited.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	exprs := func(list []Expr) {
		for _, e := range list {
			if e != nil {
				Inspect(e, f)
			}
		}
	}
	stmts := func(list []Stmt) {
		for _, s := range list {
			Inspect(s, f)
		}
	}
	expr := func(e Expr) {
		if e != nil {
			Inspect(e, f)
		}
	}
	params := func(p *Params) {
		if p == nil {
			return
		}
		// Defaults are evaluated before annotations; CPython's order.
		exprs(p.Defaults)
		exprs(p.KwDefaults)
		for _, list := range [][]*Param{p.PosOnly, p.Args, {p.Vararg}, p.KwOnly, {p.Kwarg}} {
			for _, a := range list {
				if a != nil {
					Inspect(a, f)
				}
			}
		}
	}
	comps := func(gens []*Comprehension) {
		for _, g := range gens {
			expr(g.Target)
			expr(g.Iter)
			exprs(g.Ifs)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *FunctionDef:
		exprs(n.Decorators)
		params(n.Params)
		expr(n.Returns)
		stmts(n.Body)
	case *Param:
		expr(n.Annotation)
	case *ClassDef:
		exprs(n.Decorators)
		exprs(n.Bases)
		for _, k := range n.Keywords {
			Inspect(k, f)
		}
		stmts(n.Body)
	case *Return:
		expr(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssign:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			expr(it.ContextExpr)
			expr(it.OptionalVars)
		}
		stmts(n.Body)
	case *Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			Inspect(h, f)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *ExceptHandler:
		expr(n.Type)
		stmts(n.Body)
	case *Assert:
		expr(n.Test)
		expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			Inspect(a, f)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Inspect(a, f)
		}
	case *ExprStmt:
		expr(n.Value)
	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		Inspect(n.Target, f)
		expr(n.Value)
	case *BinOp:
		expr(n.Left)
		expr(n.Right)
	case *UnaryOp:
		expr(n.Operand)
	case *Lambda:
		params(n.Params)
		expr(n.Body)
	case *IfExp:
		expr(n.Test)
		expr(n.Body)
		expr(n.Orelse)
	case *Dict:
		for i := range n.Values {
			expr(n.Keys[i])
			expr(n.Values[i])
		}
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		expr(n.Elt)
		comps(n.Generators)
	case *SetComp:
		expr(n.Elt)
		comps(n.Generators)
	case *GeneratorExp:
		expr(n.Elt)
		comps(n.Generators)
	case *DictComp:
		expr(n.Key)
		expr(n.Value)
		comps(n.Generators)
	case *Await:
		expr(n.Value)
	case *Yield:
		expr(n.Value)
	case *YieldFrom:
		expr(n.Value)
	case *Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *Call:
		expr(n.Func)
		exprs(n.Args)
		for _, k := range n.Keywords {
			Inspect(k, f)
		}
	case *Keyword:
		expr(n.Value)
	case *JoinedStr:
		exprs(n.Values)
	case *FormattedValue:
		expr(n.Value)
		expr(n.FormatSpec)
	case *Attribute:
		expr(n.Value)
	case *Subscript:
		expr(n.Value)
		expr(n.Slice)
	case *Starred:
		expr(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)
	}
}
