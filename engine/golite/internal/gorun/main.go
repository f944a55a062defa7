// Command gorun runs one Go program through Taskline's Go mode and behaves
// like the compiled program: its stdout and stderr, its exit status. The
// benchmark script (scripts/bench-go.sh) times it against yaegi; the
// command line proper is cmd/taskline.
//
//	gorun [-seed N] PROGRAM.go
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"taskline/engine"
	"taskline/engine/golite"
	"taskline/engine/sched"
)

func main() {
	// Goroutines of the program run one at a time on fibers; a second P
	// would only be woken and put back to sleep at every fiber switch
	// (futex calls that cost more than the switch itself).
	runtime.GOMAXPROCS(1)
	// One program per process: collect at the pace of what the run
	// keeps live (sched.PaceGC).
	sched.PaceGC()
	seed := flag.Int64("seed", 0, "schedule seed (0: the default schedule)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gorun [-seed N] PROGRAM.go")
		os.Exit(2)
	}
	src, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gorun:", err)
		os.Exit(2)
	}
	tr := golite.Run(string(src), engine.Options{Lang: "go", File: filepath.Base(flag.Arg(0)), Seed: *seed})
	os.Stdout.WriteString(tr.Outcome.Stdout)
	os.Stderr.WriteString(tr.Outcome.Stderr)
	os.Exit(tr.Outcome.ExitCode)
}
