package golite

import (
	"testing"

	"taskline/engine"
	"taskline/engine/sched"
)

// BenchmarkStartupPhases splits BenchmarkStartup's warm run into its
// phases: parsing and type-checking the program against the cached stubs
// (load), compiling it to closures (compile), the whole run, which also
// runs it and builds its trace, and the run of a program compiled before
// (rerun: progcache.go). Run it under wasm too
// (GOOS=js GOARCH=wasm go test -exec $(go env GOROOT)/lib/wasm/go_js_wasm_exec),
// where the page's warm run spends its time.
func BenchmarkStartupPhases(b *testing.B) {
	src := example(b, "01_errgroup_first_error")
	Run(src, engine.Options{Lang: "go"}) // the stubs, checked once per process
	b.Run("load", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, errs := load(src, "prog.go"); len(errs) > 0 {
				b.Fatal(errs)
			}
		}
	})
	b.Run("compile", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p, _ := load(src, "prog.go")
			c := newCompiler(p)
			c.m = newMachine(c, optsLite{file: "prog.go", maxSteps: sched.DefaultMaxSteps})
			c.compileProgram()
		}
	})
	b.Run("run", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			forgetCompiled()
			Run(src, engine.Options{Lang: "go"})
		}
	})
	b.Run("rerun", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Run(src, engine.Options{Lang: "go"})
		}
	})
}
