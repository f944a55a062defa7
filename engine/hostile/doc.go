// Package hostile runs the hostile-program corpus (testdata/hostile) through
// the taskline command: programs that flood output, exhaust memory, nest
// types or recursion without bound, sleep past the clock's range or spin, as
// people write them by accident. Its test builds the command once and runs
// every program as a subprocess under an address-space cap, checking that
// each ends by itself, with the exit status and error its header names, with
// the output it printed before, and without a crash of Taskline itself.
//
// A program's expectations are comments at its top (# for Python, // for Go):
//
//	want-exit: 2                     the exit status
//	want-stderr: fatal error: out of memory   a Go (RE2) regexp stderr must match
//	want-stdout-prefix: start\n      what stdout must begin with (\n, \t, \\ escapes)
//	args: --max-memory 64MB          extra flags for taskline run
//
// want-stderr may be given more than once; every one must match.
package hostile
