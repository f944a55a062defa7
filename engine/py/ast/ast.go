// Package ast declares the syntax tree of Taskline's Python subset. The parser
// (engine/py/syntax) produces it; the compiler (engine/py/eval) consumes it.
//
// The tree follows CPython's own ast module closely — same node names, same
// fields — so that anyone who knows `ast.dump` can read it, and so that
// CPython's rules (which targets are assignable, what a decorator applies to)
// carry over unchanged. Every node records where it starts and ends; positions
// are 1-based lines and 1-based columns counted in Unicode code points, which
// is what CPython shows in SyntaxError carets and traceback ranges.
package ast

import "math/big"

// Pos is a 1-based source position.
type Pos struct {
	Line, Col int
}

// Node is any syntax tree node.
type Node interface {
	Span() (start, end Pos)
}

// Range is embedded in every node to record its extent.
type Range struct {
	Start, End Pos
}

// Span returns the node's extent.
func (r Range) Span() (Pos, Pos) { return r.Start, r.End }

// Module is a whole program.
type Module struct {
	Range
	Body []Stmt
}

// ---------------------------------------------------------------------------
// Statements

// Stmt is a statement node.
type Stmt interface {
	Node
	stmt()
}

// FunctionDef is `def` or `async def`.
type FunctionDef struct {
	Range
	Async      bool
	Name       string
	NamePos    Pos
	Params     *Params
	Body       []Stmt
	Decorators []Expr
	Returns    Expr // the annotation after ->, or nil; never evaluated
}

// Params is a parameter list, shared by def and lambda.
//
//	def f(a, b=1, /, c=2, *args, d, e=3, **kw)
//
// PosOnly holds a and b, Args holds c, Vararg is args, KwOnly d and e, Kwarg kw.
// Defaults aligns with the tail of PosOnly+Args; KwDefaults aligns with KwOnly
// (nil where a keyword-only parameter has no default).
type Params struct {
	PosOnly    []*Param
	Args       []*Param
	Vararg     *Param
	KwOnly     []*Param
	Kwarg      *Param
	Defaults   []Expr
	KwDefaults []Expr
}

// Param is one parameter.
type Param struct {
	Range
	Name       string
	Annotation Expr // never evaluated
}

// ClassDef is `class`.
type ClassDef struct {
	Range
	Name       string
	NamePos    Pos
	Bases      []Expr
	Keywords   []*Keyword // metaclass=... is rejected by the compiler
	Body       []Stmt
	Decorators []Expr
}

// Return is `return [Value]`.
type Return struct {
	Range
	Value Expr // nil for a bare return
}

// Delete is `del a, b[0], c.d`.
type Delete struct {
	Range
	Targets []Expr
}

// Assign is `t1 = t2 = value`.
type Assign struct {
	Range
	Targets []Expr
	Value   Expr
}

// AugAssign is `target op= value`; Op is the binary operator, e.g. "+".
type AugAssign struct {
	Range
	Target Expr
	Op     string
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`. The annotation is never evaluated.
type AnnAssign struct {
	Range
	Target     Expr
	Annotation Expr
	Value      Expr // may be nil
}

// For is `[async] for target in iter: body [else: orelse]`.
type For struct {
	Range
	Async  bool
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while test: body [else: orelse]`.
type While struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if test: body`; elif chains are nested Ifs in Orelse, as in CPython.
type If struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `[async] with items: body`.
type With struct {
	Range
	Async bool
	Items []*WithItem
	Body  []Stmt
}

// WithItem is `context_expr [as optional_vars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // nil if absent
}

// Raise is `raise [exc [from cause]]`.
type Raise struct {
	Range
	Exc   Expr // nil for a bare raise
	Cause Expr // nil if no from clause
}

// Try is try/except/else/finally; Star marks `except*`.
type Try struct {
	Range
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
	Star      bool
}

// ExceptHandler is `except [type [as name]]: body`.
type ExceptHandler struct {
	Range
	Type Expr // nil for a bare except
	Name string
	Body []Stmt
}

// Assert is `assert test [, msg]`.
type Assert struct {
	Range
	Test Expr
	Msg  Expr // may be nil
}

// Import is `import a.b as c, d`.
type Import struct {
	Range
	Names []*Alias
}

// ImportFrom is `from module import names`; Level counts leading dots.
type ImportFrom struct {
	Range
	Module string
	Names  []*Alias // a single Alias named "*" for `import *`
	Level  int
}

// Alias is `name [as asname]` in an import.
type Alias struct {
	Range
	Name   string // dotted, e.g. "concurrent.futures"
	Asname string // "" if absent
}

// Global is `global a, b`.
type Global struct {
	Range
	Names []string
}

// Nonlocal is `nonlocal a, b`.
type Nonlocal struct {
	Range
	Names []string
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Range
	Value Expr
}

// Pass, Break and Continue are the simple statements of those names.
type (
	Pass     struct{ Range }
	Break    struct{ Range }
	Continue struct{ Range }
)

func (*FunctionDef) stmt() {}
func (*ClassDef) stmt()    {}
func (*Return) stmt()      {}
func (*Delete) stmt()      {}
func (*Assign) stmt()      {}
func (*AugAssign) stmt()   {}
func (*AnnAssign) stmt()   {}
func (*For) stmt()         {}
func (*While) stmt()       {}
func (*If) stmt()          {}
func (*With) stmt()        {}
func (*Raise) stmt()       {}
func (*Try) stmt()         {}
func (*Assert) stmt()      {}
func (*Import) stmt()      {}
func (*ImportFrom) stmt()  {}
func (*Global) stmt()      {}
func (*Nonlocal) stmt()    {}
func (*ExprStmt) stmt()    {}
func (*Pass) stmt()        {}
func (*Break) stmt()       {}
func (*Continue) stmt()    {}

// ---------------------------------------------------------------------------
// Expressions

// Expr is an expression node.
type Expr interface {
	Node
	expr()
}

// BoolOp is `a and b and c` (Op "and") or `a or b` (Op "or").
type BoolOp struct {
	Range
	Op     string
	Values []Expr
}

// NamedExpr is `target := value`.
type NamedExpr struct {
	Range
	Target *Name
	Value  Expr
}

// BinOp is a binary operation. Op is one of
// + - * @ / // % ** << >> | ^ &
type BinOp struct {
	Range
	Left  Expr
	Op    string
	Right Expr
}

// UnaryOp is `not x`, `-x`, `+x` or `~x` (Op "not", "-", "+", "~").
type UnaryOp struct {
	Range
	Op      string
	Operand Expr
}

// Lambda is `lambda params: body`.
type Lambda struct {
	Range
	Params *Params
	Body   Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Range
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key marks `**value` unpacking.
type Dict struct {
	Range
	Keys   []Expr
	Values []Expr
}

// Set is a set display `{a, b}`.
type Set struct {
	Range
	Elts []Expr
}

// ListComp, SetComp and GeneratorExp are comprehensions over Elt.
type ListComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

type SetComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

type GeneratorExp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{key: value for ...}`.
type DictComp struct {
	Range
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// Comprehension is one `[async] for target in iter [if cond]...` clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
	Async  bool
}

// Await is `await value`.
type Await struct {
	Range
	Value Expr
}

// Yield is `yield [value]`.
type Yield struct {
	Range
	Value Expr // may be nil
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Range
	Value Expr
}

// Compare is `left op1 c1 op2 c2 ...`. Ops are
// == != < <= > >= is "is not" in "not in"
type Compare struct {
	Range
	Left        Expr
	Ops         []string
	Comparators []Expr
}

// Call is `func(args, keywords)`. Positional `*x` arguments are Starred in
// Args; `**x` is a Keyword with an empty Arg.
type Call struct {
	Range
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Keyword is `arg=value` in a call or class definition, or `**value` when Arg is "".
type Keyword struct {
	Range
	Arg   string
	Value Expr
}

// Constant is a literal. Value holds one of:
//
//	nil (None), bool, *big.Int (int), float64, complex128 (imaginary literals),
//	string (str), []byte (bytes), Ellipsis{}.
type Constant struct {
	Range
	Value any
}

// Ellipsis is the value of the `...` literal.
type Ellipsis struct{}

// BigInt is a convenience for building int constants.
func BigInt(v int64) *big.Int { return big.NewInt(v) }

// JoinedStr is an f-string: a sequence of Constant (str) and FormattedValue parts.
type JoinedStr struct {
	Range
	Values []Expr
}

// FormattedValue is `{value!conversion:format_spec}` inside an f-string.
// Conversion is 0, 's', 'r' or 'a'. FormatSpec is a JoinedStr or nil.
// SelfDoc is the text `expr=` for the `{expr=}` form ("" otherwise); the
// parser emits the text as a preceding Constant and sets Conversion to 'r'
// when no conversion or spec was given, as CPython does.
type FormattedValue struct {
	Range
	Value      Expr
	Conversion rune
	FormatSpec Expr
}

// Attribute is `value.attr`.
type Attribute struct {
	Range
	Value   Expr
	Attr    string
	AttrPos Pos
}

// Subscript is `value[slice]`; Slice is an Expr, a *Slice, or a Tuple of them.
type Subscript struct {
	Range
	Value Expr
	Slice Expr
}

// Starred is `*value` in a call, display or assignment target.
type Starred struct {
	Range
	Value Expr
}

// Name is an identifier.
type Name struct {
	Range
	Id string
}

// List is a list display or an assignment target `[a, b]`.
type List struct {
	Range
	Elts []Expr
}

// Tuple is a tuple display or target; Parens records explicit parentheses.
type Tuple struct {
	Range
	Elts   []Expr
	Parens bool
}

// Slice is `lower:upper:step` inside a subscript; any part may be nil.
type Slice struct {
	Range
	Lower, Upper, Step Expr
}

func (*BoolOp) expr()         {}
func (*NamedExpr) expr()      {}
func (*BinOp) expr()          {}
func (*UnaryOp) expr()        {}
func (*Lambda) expr()         {}
func (*IfExp) expr()          {}
func (*Dict) expr()           {}
func (*Set) expr()            {}
func (*ListComp) expr()       {}
func (*SetComp) expr()        {}
func (*GeneratorExp) expr()   {}
func (*DictComp) expr()       {}
func (*Await) expr()          {}
func (*Yield) expr()          {}
func (*YieldFrom) expr()      {}
func (*Compare) expr()        {}
func (*Call) expr()           {}
func (*Constant) expr()       {}
func (*JoinedStr) expr()      {}
func (*FormattedValue) expr() {}
func (*Attribute) expr()      {}
func (*Subscript) expr()      {}
func (*Starred) expr()        {}
func (*Name) expr()           {}
func (*List) expr()           {}
func (*Tuple) expr()          {}
func (*Slice) expr()          {}
