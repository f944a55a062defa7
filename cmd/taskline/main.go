// Command taskline runs concurrent Python asyncio and Go programs on
// Taskline's deterministic engine, the same engine the browser runs.
//
//	taskline run PROGRAM.py|PROGRAM.go [flags]   run a program ("-" reads stdin)
//	taskline explore PROGRAM.go --runs N        run N schedules, list distinct outcomes
//	taskline explain PROGRAM [--json]           why the run ended as it did, and the pitfalls found
//	taskline check DIR                          validate lessons and exercises
//	taskline render FILE.md                     write a lesson's HTML page
//	taskline embed PROGRAM [flags]              write a pre-rendered playground for a docs site
//
// Stdout is exactly the program's stdout and stderr the program's stderr; the
// exit status is the program's (1 for an uncaught Python exception, 2 for a Go
// panic or deadlock, sys.exit/os.Exit values), 124 when the step budget ran out.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"

	"taskline/engine/sched"
)

// command is one subcommand. Subcommands live in their own files and add
// themselves to commands from init.
type command struct {
	usage string
	run   func(args []string) int
}

var commands = map[string]command{}

func main() {
	// Exactly one fiber runs at a time, so a second P only adds wake-ups of
	// an idle thread at every fiber switch.
	runtime.GOMAXPROCS(1)
	// One program per process: collect at the pace of what the run
	// keeps live (sched.PaceGC).
	sched.PaceGC()
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	name := os.Args[1]
	if name == "-h" || name == "--help" || name == "help" {
		usage()
		return
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "taskline: unknown command %q\n", name)
		usage()
		os.Exit(2)
	}
	os.Exit(c.run(os.Args[2:]))
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: taskline <command> [arguments]\n\ncommands:")
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "  %s\n", commands[n].usage)
	}
}
