package golite

import (
	"os"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// The benchmark programs live in bench/go, where scripts/bench-go.sh also
// times them under yaegi for the ratios in the README.
func benchProgram(b *testing.B, name, want string) {
	src, err := os.ReadFile("../../bench/go/" + name + ".go")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		tr := Run(string(src), engine.Options{Lang: "go"})
		if tr.Outcome.Kind != trace.OutcomeOK || !strings.Contains(tr.Outcome.Stdout, want) {
			b.Fatalf("%s: %s %q %q", name, tr.Outcome.Kind, tr.Outcome.Stdout, tr.Outcome.Stderr)
		}
	}
}

func BenchmarkPingPong(b *testing.B)  { benchProgram(b, "pingpong", "messages: 200000") }
func BenchmarkWaitGroup(b *testing.B) { benchProgram(b, "waitgroup", "goroutines: 10000") }
func BenchmarkErrgroup(b *testing.B)  { benchProgram(b, "errgroup", "error: worker failed") }
func BenchmarkCPULoop(b *testing.B)   { benchProgram(b, "cpu", "230631 442") }

// BenchmarkStartup is the fixed cost of a run: parsing and type-checking
// the program and the stubs it imports, compiling, and the first goroutine.
func BenchmarkStartup(b *testing.B) {
	src := example(b, "01_errgroup_first_error")
	b.ReportAllocs()
	for b.Loop() {
		forgetCompiled() // else every run after the first reuses the compiled program
		if tr := Run(src, engine.Options{Lang: "go"}); tr.Outcome.Kind != trace.OutcomeOK {
			b.Fatal(tr.Outcome.Stderr)
		}
	}
}
