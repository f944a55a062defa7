// Package syntax turns Python source into the syntax tree of package
// taskline/engine/py/ast, and reports syntax errors exactly as CPython 3.11
// does: the same message, line, column range and printed form.
//
// Parse is the only entry point. It works in three phases, as CPython does:
//
//   - The scanner (scan.go) tokenizes the whole file first: indentation
//     (INDENT/DEDENT, tabs to multiples of 8, TabError for inconsistent
//     tabs and spaces), brackets, continuation lines, numbers and the
//     extent of string literals. A tokenizer error anywhere in the file
//     wins over any error the parser finds, as in CPython.
//   - The parser (parse.go, strings.go) is a recursive descent over the
//     token slice, one function per grammar rule of CPython's
//     Grammar/python.gram, each opening with the rule it implements. Where
//     CPython's PEG parser would make a second pass to find a precise
//     message ("expected ':'", "Perhaps you forgot a comma?", "cannot
//     assign to function call here..."), the parser checks at the point of
//     failure. String literals are decoded here; f-string replacement
//     fields are parsed into expressions with their true positions.
//   - The scope resolver (resolve.go), CPython's symbol table: one walk
//     builds every scope (module, def, lambda, class, comprehension),
//     reports the scope errors (global and nonlocal declarations,
//     duplicate parameters, walrus targets in comprehensions), decides
//     where each name lives and lays out the slots the compiler
//     (engine/py/eval) uses. ParseFile returns the scopes with the tree.
//   - The checks (check.go) CPython makes around it: the future-import
//     check before, and after, its compiler's: 'return' or 'await'
//     outside a function, 'break' outside a loop, asynchronous
//     comprehensions outside an async function.
//
// The parser panics with the first error and Parse recovers it; any other
// panic becomes an "internal error" SyntaxError rather than a crash. Valid
// Python that Taskline does not run (match statements, \N{...} escapes)
// gives an *UnsupportedError; nesting deeper than CPython's compiler allows
// gives a SyntaxError of Kind "RecursionError", as CPython raises one.
//
// Every expectation in the tests comes from CPython: testdata/errors.txt
// holds several hundred small programs with CPython's verdict recorded by
// testdata/record_errors.py, testdata/scopes.txt the scope programs'
// stderr under every version from 3.7 to 3.13 (record_scopes.py), and
// testdata/positions.txt the extent of every node CPython builds,
// recorded by testdata/record_positions.py.
package syntax
