package eval_test

import (
	"testing"

	"taskline/engine"
	"taskline/engine/py/eval"
)

// Benchmarks of the evaluator's hot paths: each runs a whole program.

const benchLoop = `
total = 0
for i in range(200000):
    if i % 3 == 0:
        total += i * 2
    else:
        total -= 1
`

const benchCalls = `
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

items = [P(i) for i in range(20000)]
t = 0
for p in items:
    t += p.get()
fib(18)
`

const benchContainers = `
d = {}
for i in range(50000):
    d[i % 1000] = d.get(i % 1000, 0) + 1
l = []
for i in range(50000):
    l.append(str(i))
s = sorted(l, key=len)
t = sum(len(x) for x in l)
`

const benchGenerators = `
def gen(n):
    for i in range(n):
        yield i
t = 0
for x in gen(20000):
    t += x
`

// benchIntTrees is arithmetic whose inner results are ints too large for
// MakeInt's cache: each tree boxes only its result (compile_expr.go,
// intBinop).
const benchIntTrees = `
acc = 0
t = 0
for i in range(200000):
    acc = (acc * 31 + i * 7) % 1_000_003
    t += i * i * 3
`

func benchProgram(b *testing.B, src string) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		tr := engine.Run(src, engine.Options{Lang: "python"})
		if tr.Outcome.ExitCode != 0 {
			b.Fatalf("exit %d: %s", tr.Outcome.ExitCode, tr.Outcome.Stderr)
		}
	}
}

func BenchmarkLoop(b *testing.B)       { benchProgram(b, benchLoop) }
func BenchmarkCalls(b *testing.B)      { benchProgram(b, benchCalls) }
func BenchmarkContainers(b *testing.B) { benchProgram(b, benchContainers) }
func BenchmarkGenerators(b *testing.B) { benchProgram(b, benchGenerators) }
func BenchmarkIntTrees(b *testing.B)   { benchProgram(b, benchIntTrees) }

// BenchmarkMakeInt boxes ints inside and outside the preboxed window.
func BenchmarkMakeInt(b *testing.B) {
	var sink eval.Value
	for i := 0; i < b.N; i++ {
		sink = eval.MakeInt(int64(i & 0xffff))
	}
	_ = sink
}
