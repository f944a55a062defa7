package syntax

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"taskline/engine/py/ast"
)

// exprTests maps an expression statement to the Dump of its value.
var exprTests = []struct{ src, want string }{
	{`-2**2`, `UnaryOp(Op="-", Operand=BinOp(Left=Constant(Value=2), Op="**", Right=Constant(Value=2)))`},
	{`2**-1`, `BinOp(Left=Constant(Value=2), Op="**", Right=UnaryOp(Op="-", Operand=Constant(Value=1)))`},
	{`2**3**2`, `BinOp(Left=Constant(Value=2), Op="**", Right=BinOp(Left=Constant(Value=3), Op="**", Right=Constant(Value=2)))`},
	{`a - b - c`, `BinOp(Left=BinOp(Left=Name(Id="a"), Op="-", Right=Name(Id="b")), Op="-", Right=Name(Id="c"))`},
	{`a + b * c`, `BinOp(Left=Name(Id="a"), Op="+", Right=BinOp(Left=Name(Id="b"), Op="*", Right=Name(Id="c")))`},
	{`a | b ^ c & d << e`, `BinOp(Left=Name(Id="a"), Op="|", Right=BinOp(Left=Name(Id="b"), Op="^", Right=BinOp(Left=Name(Id="c"), Op="&", Right=BinOp(Left=Name(Id="d"), Op="<<", Right=Name(Id="e")))))`},
	{`not a == b`, `UnaryOp(Op="not", Operand=Compare(Left=Name(Id="a"), Ops=["=="], Comparators=[Name(Id="b")]))`},
	{`a < b is not c not in d`, `Compare(Left=Name(Id="a"), Ops=["<", "is not", "not in"], Comparators=[Name(Id="b"), Name(Id="c"), Name(Id="d")])`},
	{`a or b and not c`, `BoolOp(Op="or", Values=[Name(Id="a"), BoolOp(Op="and", Values=[Name(Id="b"), UnaryOp(Op="not", Operand=Name(Id="c"))])])`},
	{`a if b else c if d else e`, `IfExp(Test=Name(Id="b"), Body=Name(Id="a"), Orelse=IfExp(Test=Name(Id="d"), Body=Name(Id="c"), Orelse=Name(Id="e")))`},
	{`await f(x) ** 2`, `BinOp(Left=Await(Value=Call(Func=Name(Id="f"), Args=[Name(Id="x")])), Op="**", Right=Constant(Value=2))`},
	{`-await x`, `UnaryOp(Op="-", Operand=Await(Value=Name(Id="x")))`},
	{`lambda x, *a, k=1, **kw: x`, `Lambda(Params=Params(Args=[Param(Name="x")], Vararg=Param(Name="a"), KwOnly=[Param(Name="k")], Kwarg=Param(Name="kw"), KwDefaults=[Constant(Value=1)]), Body=Name(Id="x"))`},
	{`(x := 1)`, `NamedExpr(Target=Name(Id="x"), Value=Constant(Value=1))`},
	{`a[1:2, ::3]`, `Subscript(Value=Name(Id="a"), Slice=Tuple(Elts=[Slice(Lower=Constant(Value=1), Upper=Constant(Value=2)), Slice(Step=Constant(Value=3))]))`},
	{`a[:]`, `Subscript(Value=Name(Id="a"), Slice=Slice())`},
	{`a[x,]`, `Subscript(Value=Name(Id="a"), Slice=Tuple(Elts=[Name(Id="x")]))`},
	{`f(*a, b, k=1, **kw)`, `Call(Func=Name(Id="f"), Args=[Starred(Value=Name(Id="a")), Name(Id="b")], Keywords=[Keyword(Arg="k", Value=Constant(Value=1)), Keyword(Value=Name(Id="kw"))])`},
	{`f(x for x in y)`, `Call(Func=Name(Id="f"), Args=[GeneratorExp(Elt=Name(Id="x"), Generators=[Comprehension(Target=Name(Id="x"), Iter=Name(Id="y"))])])`},
	{`[x async for x, in y if x if z]`, `ListComp(Elt=Name(Id="x"), Generators=[Comprehension(Target=Tuple(Elts=[Name(Id="x")]), Iter=Name(Id="y"), Ifs=[Name(Id="x"), Name(Id="z")], Async=True)])`},
	{`{k: v for k, v in d}`, `DictComp(Key=Name(Id="k"), Value=Name(Id="v"), Generators=[Comprehension(Target=Tuple(Elts=[Name(Id="k"), Name(Id="v")]), Iter=Name(Id="d"))])`},
	{`{**a, 'b': 1}`, `Dict(Keys=[None, Constant(Value="b")], Values=[Name(Id="a"), Constant(Value=1)])`},
	{`{1, *a}`, `Set(Elts=[Constant(Value=1), Starred(Value=Name(Id="a"))])`},
	{`[]`, `List()`},
	{`()`, `Tuple(Parens=True)`},
	{`(1,)`, `Tuple(Elts=[Constant(Value=1)], Parens=True)`},
	{`1,`, `Tuple(Elts=[Constant(Value=1)])`},
	{`...`, `Constant(Value=Ellipsis)`},
	{`None, True, False`, `Tuple(Elts=[Constant(Value=None), Constant(Value=True), Constant(Value=False)])`},
	{`0x_ff + 0o17 + 0b101 + 1_000`, `BinOp(Left=BinOp(Left=BinOp(Left=Constant(Value=255), Op="+", Right=Constant(Value=15)), Op="+", Right=Constant(Value=5)), Op="+", Right=Constant(Value=1000))`},
	{`123456789012345678901234567890`, `Constant(Value=123456789012345678901234567890)`},
	{`1.5e3, .5, 1., 2j, 1e400`, `Tuple(Elts=[Constant(Value=1500), Constant(Value=0.5), Constant(Value=1), Constant(Value=2j), Constant(Value=+Inf)])`},
	{`'a' "b" '''c'''`, `Constant(Value="abc")`},
	{`'\x41\u00e9\U0001F600\101\n\q'`, `Constant(Value="Aé😀A\n\\q")`},
	{`r'\n' + R"\d"`, `BinOp(Left=Constant(Value="\\n"), Op="+", Right=Constant(Value="\\d"))`},
	{`b'\x00a' rb'\n'`, `Constant(Value=b"\x00a\\n")`},
	{`'line\
cont'`, `Constant(Value="linecont")`},
	{`f'a{b!r:>{w}}c'`, `JoinedStr(Values=[Constant(Value="a"), FormattedValue(Value=Name(Id="b"), Conversion='r', FormatSpec=JoinedStr(Values=[Constant(Value=">"), FormattedValue(Value=Name(Id="w"))])), Constant(Value="c")])`},
	{`f'{x=}'`, `JoinedStr(Values=[Constant(Value="x="), FormattedValue(Value=Name(Id="x"), Conversion='r')])`},
	{`f'{ x = :>5}'`, `JoinedStr(Values=[Constant(Value=" x = "), FormattedValue(Value=Name(Id="x"), FormatSpec=JoinedStr(Values=[Constant(Value=">5")]))])`},
	{`f'{{}}{a!s}' 'x' f"{b['k']}"`, `JoinedStr(Values=[Constant(Value="{}"), FormattedValue(Value=Name(Id="a"), Conversion='s'), Constant(Value="x"), FormattedValue(Value=Subscript(Value=Name(Id="b"), Slice=Constant(Value="k")))])`},
	{`f'{a, b}' f'{x:%H:%M}'`, `JoinedStr(Values=[FormattedValue(Value=Tuple(Elts=[Name(Id="a"), Name(Id="b")])), FormattedValue(Value=Name(Id="x"), FormatSpec=JoinedStr(Values=[Constant(Value="%H:%M")]))])`},
	{`f''`, `JoinedStr()`},
	{`yield`, `Yield()`},
	{`yield from g()`, `YieldFrom(Value=Call(Func=Name(Id="g")))`},
	{`a.b.c`, `Attribute(Value=Attribute(Value=Name(Id="a"), Attr="b"), Attr="c")`},
}

func TestExpressions(t *testing.T) {
	for _, test := range exprTests {
		src := test.src
		// Inside a function, so that await and yield are allowed.
		if strings.HasPrefix(src, "yield") {
			src = "def f():\n " + src
		} else {
			src = "async def f():\n " + src
		}
		mod, err := Parse("t.py", []byte(src+"\n"))
		if err != nil {
			t.Errorf("%s: %v", test.src, err)
			continue
		}
		var s ast.Stmt = mod.Body[0]
		if f, ok := s.(*ast.FunctionDef); ok {
			s = f.Body[0]
		}
		got := ast.Dump(s.(*ast.ExprStmt).Value)
		if got != test.want {
			t.Errorf("%s:\n got %s\nwant %s", test.src, got, test.want)
		}
	}
}

// stmtTests maps a program to the Dump of its module.
var stmtTests = []struct{ src, want string }{
	{"x = y = 1", `Module(Body=[Assign(Targets=[Name(Id="x"), Name(Id="y")], Value=Constant(Value=1))])`},
	{"a, *b = c", `Module(Body=[Assign(Targets=[Tuple(Elts=[Name(Id="a"), Starred(Value=Name(Id="b"))])], Value=Name(Id="c"))])`},
	{"x += 1; y //= 2", `Module(Body=[AugAssign(Target=Name(Id="x"), Op="+", Value=Constant(Value=1)), AugAssign(Target=Name(Id="y"), Op="//", Value=Constant(Value=2))])`},
	{"x: int = 1", `Module(Body=[AnnAssign(Target=Name(Id="x"), Annotation=Name(Id="int"), Value=Constant(Value=1))])`},
	{"if a:\n    b\nelif c:\n    d\nelse:\n    e", `Module(Body=[If(Test=Name(Id="a"), Body=[ExprStmt(Value=Name(Id="b"))], Orelse=[If(Test=Name(Id="c"), Body=[ExprStmt(Value=Name(Id="d"))], Orelse=[ExprStmt(Value=Name(Id="e"))])])])`},
	{"for i in 1, 2:\n    continue\nelse:\n    pass", `Module(Body=[For(Target=Name(Id="i"), Iter=Tuple(Elts=[Constant(Value=1), Constant(Value=2)]), Body=[Continue()], Orelse=[Pass()])])`},
	{"while x:\n    break", `Module(Body=[While(Test=Name(Id="x"), Body=[Break()])])`},
	{"try:\n    pass\nexcept* E as e:\n    pass", `Module(Body=[Try(Body=[Pass()], Handlers=[ExceptHandler(Type=Name(Id="E"), Name="e", Body=[Pass()])], Star=True)])`},
	{"try:\n    pass\nexcept:\n    pass\nelse:\n    x\nfinally:\n    y", `Module(Body=[Try(Body=[Pass()], Handlers=[ExceptHandler(Body=[Pass()])], Orelse=[ExprStmt(Value=Name(Id="x"))], Finalbody=[ExprStmt(Value=Name(Id="y"))])])`},
	{"with (a as b, c):\n    pass", `Module(Body=[With(Items=[WithItem(ContextExpr=Name(Id="a"), OptionalVars=Name(Id="b")), WithItem(ContextExpr=Name(Id="c"))], Body=[Pass()])])`},
	{"with (a, b) as c:\n    pass", `Module(Body=[With(Items=[WithItem(ContextExpr=Tuple(Elts=[Name(Id="a"), Name(Id="b")], Parens=True), OptionalVars=Name(Id="c"))], Body=[Pass()])])`},
	{"async def f(a, /, b=1, *, c):\n    async with x:\n        async for y in z:\n            await y", `Module(Body=[FunctionDef(Async=True, Name="f", Params=Params(PosOnly=[Param(Name="a")], Args=[Param(Name="b")], KwOnly=[Param(Name="c")], Defaults=[Constant(Value=1)], KwDefaults=[None]), Body=[With(Async=True, Items=[WithItem(ContextExpr=Name(Id="x"))], Body=[For(Async=True, Target=Name(Id="y"), Iter=Name(Id="z"), Body=[ExprStmt(Value=Await(Value=Name(Id="y")))])])])])`},
	{"@d\nclass A(B, k=1):\n    def m(self) -> int: return 1", `Module(Body=[ClassDef(Name="A", Bases=[Name(Id="B")], Keywords=[Keyword(Arg="k", Value=Constant(Value=1))], Body=[FunctionDef(Name="m", Params=Params(Args=[Param(Name="self")]), Body=[Return(Value=Constant(Value=1))], Returns=Name(Id="int"))], Decorators=[Name(Id="d")])])`},
	{"import a.b as c, d\nfrom ..m import (x as y, z,)\nfrom . import *", `Module(Body=[Import(Names=[Alias(Name="a.b", Asname="c"), Alias(Name="d")]), ImportFrom(Module="m", Names=[Alias(Name="x", Asname="y"), Alias(Name="z")], Level=2), ImportFrom(Names=[Alias(Name="*")], Level=1)])`},
	{"def f():\n    global a, b\n    def g():\n        nonlocal c\n    c = 1", `Module(Body=[FunctionDef(Name="f", Params=Params(), Body=[Global(Names=["a", "b"]), FunctionDef(Name="g", Params=Params(), Body=[Nonlocal(Names=["c"])]), Assign(Targets=[Name(Id="c")], Value=Constant(Value=1))])])`},
	{"del a, b[0]\nassert x, 'm'\nraise E from c\nraise", `Module(Body=[Delete(Targets=[Name(Id="a"), Subscript(Value=Name(Id="b"), Slice=Constant(Value=0))]), Assert(Test=Name(Id="x"), Msg=Constant(Value="m")), Raise(Exc=Name(Id="E"), Cause=Name(Id="c")), Raise()])`},
	{"if x:\n\n    # comment\n    pass\n", `Module(Body=[If(Test=Name(Id="x"), Body=[Pass()])])`},
	{"x = (1 +\n     2)\ny = 1 + \\\n  2", `Module(Body=[Assign(Targets=[Name(Id="x")], Value=BinOp(Left=Constant(Value=1), Op="+", Right=Constant(Value=2))), Assign(Targets=[Name(Id="y")], Value=BinOp(Left=Constant(Value=1), Op="+", Right=Constant(Value=2)))])`},
	{"if a:\r\n\tb\r\n", `Module(Body=[If(Test=Name(Id="a"), Body=[ExprStmt(Value=Name(Id="b"))])])`},
	{"", `Module()`},
	{"\ufeffx = 1", `Module(Body=[Assign(Targets=[Name(Id="x")], Value=Constant(Value=1))])`},
	{"match = case = _ = type = 1", `Module(Body=[Assign(Targets=[Name(Id="match"), Name(Id="case"), Name(Id="_"), Name(Id="type")], Value=Constant(Value=1))])`},
}

func TestStatements(t *testing.T) {
	for _, test := range stmtTests {
		mod, err := Parse("t.py", []byte(test.src))
		if err != nil {
			t.Errorf("%q: %v", test.src, err)
			continue
		}
		if got := ast.Dump(mod); got != test.want {
			t.Errorf("%q:\n got %s\nwant %s", test.src, got, test.want)
		}
	}
}

func TestDumpPositions(t *testing.T) {
	mod, err := Parse("t.py", []byte("x = f(é, 2)\n"))
	if err != nil {
		t.Fatal(err)
	}
	const want = `Module@1:1-1:12(Body=[Assign@1:1-1:12(Targets=[Name@1:1-1:2(Id="x")], Value=Call@1:5-1:12(Func=Name@1:5-1:6(Id="f"), Args=[Name@1:7-1:8(Id="é"), Constant@1:10-1:11(Value=2)]))])`
	if got := ast.DumpPositions(mod); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestUnsupported checks the valid Python that Taskline rejects.
func TestUnsupported(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"x = 1\nmatch x:\n    case 1:\n        pass\n", "t.py:2:1: match statements are not supported yet"},
		{"def f():\n    match (a, b):\n        case _: pass\n", "t.py:2:5: match statements are not supported yet"},
		{"s = '\\N{BULLET}'\n", `t.py:1:5: \N{...} escapes are not supported yet`},
	} {
		_, err := Parse("t.py", []byte(test.src))
		var ue *UnsupportedError
		if !errors.As(err, &ue) || err.Error() != test.want {
			t.Errorf("%q: got %v, want %s", test.src, err, test.want)
		}
	}
}

// TestNestingLimit checks the limit of CPython 3.11's compiler on how deep
// a syntax tree may be: python3 compiles 1,500 nested unary minuses and
// stops 3,000 with "RecursionError: maximum recursion depth exceeded during
// compilation"; a chain of 100,000 subscripts stops the same way.
func TestNestingLimit(t *testing.T) {
	for _, test := range []struct {
		src string
		ok  bool
	}{
		{"x = " + strings.Repeat("-", 1500) + "1\n", true},
		{"x = " + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150) + "\n", true},
		{"x = " + strings.Repeat("-", 3000) + "1\n", false},
		{"x" + strings.Repeat("[0]", 100000) + "\n", false},
		{"x = 1" + strings.Repeat(" + 1", 100000) + "\n", false},
		{strings.Repeat("not ", 10000) + "x\n", false},
	} {
		_, err := Parse("t.py", []byte(test.src))
		if test.ok {
			if err != nil {
				t.Errorf("%.20s...: %v", test.src, err)
			}
			continue
		}
		se, ok := err.(*SyntaxError)
		if !ok || se.Kind != "RecursionError" {
			t.Errorf("%.20s...: got %v, want a RecursionError", test.src, err)
			continue
		}
		if got, want := se.Traceback(), "RecursionError: maximum recursion depth exceeded during compilation\n"; got != want {
			t.Errorf("traceback %q, want %q", got, want)
		}
	}
}

// FuzzParse checks that Parse never panics and that every error points
// inside the input.
func FuzzParse(f *testing.F) {
	for _, c := range readErrorCases(f) {
		f.Add(c.src)
	}
	for _, test := range stmtTests {
		f.Add(test.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, err := Parse("fuzz.py", []byte(src))
		if err == nil {
			return
		}
		var line, col int
		switch e := err.(type) {
		case *SyntaxError:
			line, col = e.Line, e.Col
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("%q: %v", src, err)
			}
			_ = e.Traceback()
		case *UnsupportedError:
			line, col = e.Pos.Line, e.Pos.Col
		default:
			t.Fatalf("%q: error of type %T: %v", src, err, err)
		}
		lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n"), "\n")
		if line < 1 || line > len(lines) {
			t.Fatalf("%q: %v: line outside the input (%d lines)", src, err, len(lines))
		}
		if n := utf8.RuneCountInString(lines[line-1]); col < 0 || col > n+2 {
			t.Fatalf("%q: %v: column outside line %d (%d code points)", src, err, line, n)
		}
	})
}

func ExampleParse() {
	src := []byte("import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n")
	mod, err := Parse("main.py", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ast.Dump(mod.Body[1]))

	_, err = Parse("main.py", []byte("async def main()\n    pass\n"))
	fmt.Println(err)
	fmt.Print(err.(*SyntaxError).Traceback())
	// Output:
	// FunctionDef(Async=True, Name="main", Params=Params(), Body=[ExprStmt(Value=Await(Value=Call(Func=Attribute(Value=Name(Id="asyncio"), Attr="sleep"), Args=[Constant(Value=1)])))])
	// main.py:1:17: expected ':'
	//   File "main.py", line 1
	//     async def main()
	//                     ^
	// SyntaxError: expected ':'
}

// benchProgram returns an asyncio program of about n lines.
func benchProgram(n int) []byte {
	var b strings.Builder
	b.WriteString("import asyncio\n\n")
	for i := 0; b.Len() < n*40; i++ {
		fmt.Fprintf(&b, `async def worker_%d(n, *, delay=0.5, **kw):
    """Sleep, then maybe cancel ourselves."""
    results = [x * 2 for x in range(n) if x %% 3 != 0]
    total: int = sum(results) + kw.get("bonus", 0)
    try:
        await asyncio.sleep(delay)
        if total > 100 and not kw:
            asyncio.current_task().cancel()
    except asyncio.CancelledError as e:
        print(f"worker {n!r} cancelled: {e}", total)
        raise
    finally:
        print("done", n, sep=", ")
    return {"n": n, "total": total, "items": results[1:-1]}


`, i)
	}
	return []byte(b.String())
}

func BenchmarkParse5000Lines(b *testing.B) {
	src := benchProgram(5000)
	lines := strings.Count(string(src), "\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		// A parse kept from the last iteration (cache.go) would be
		// returned as it is: the figure would be a lookup, not a parse.
		forgetParses()
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines), "lines")
}
