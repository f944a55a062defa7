package asyncio_test

import (
	"os"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// Benchmarks of whole Python programs (bench/py, the programs
// scripts/bench-py.sh times against CPython) through the engine.

func benchProgram(b *testing.B, file string) {
	if !hasPython() {
		b.Skip("the Python engine is not registered")
	}
	src, err := os.ReadFile("../../../bench/py/" + file)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr := engine.Run(string(src), engine.Options{Lang: "python", File: file})
		if tr.Outcome.Kind != trace.OutcomeOK {
			b.Fatalf("%s: %s\n%s", file, tr.Outcome.Kind, tr.Outcome.Stderr)
		}
	}
}

func BenchmarkPyGatherFanout(b *testing.B)   { benchProgram(b, "gather_fanout.py") }
func BenchmarkPyTaskGroupStorm(b *testing.B) { benchProgram(b, "taskgroup_storm.py") }
func BenchmarkPyQueuePipeline(b *testing.B)  { benchProgram(b, "queue_pipeline.py") }
func BenchmarkPyCPUTasks(b *testing.B)       { benchProgram(b, "cpu_tasks.py") }
