package main

import (
	"fmt"
	"os"
	"strings"

	"taskline/engine"
)

func init() {
	commands["explore"] = command{
		usage: "explore PROGRAM.go [--runs N] [--max-steps N]   run N schedules and list each distinct outcome with a seed that reproduces it",
		run:   exploreCmd,
	}
}

func exploreCmd(args []string) int {
	f := newRunFlags("explore")
	runs := f.fs.Int("runs", 100, "how many schedules to try (seeds 0 to N-1)")
	prog, err := f.parse(args)
	if err == nil && *runs < 1 {
		err = fmt.Errorf("--runs %d: want at least 1", *runs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline explore:", err)
		return 2
	}
	src, o, err := f.load(prog)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline explore:", err)
		return 2
	}
	type seen struct {
		seed          int64
		count         int
		stdout, first string
		exit          int
	}
	var order []string
	byKey := map[string]*seen{}
	for i := 0; i < *runs; i++ {
		o.Seed = int64(i)
		t := engine.Run(src, o)
		out := t.Outcome
		k := out.Key // runs are grouped as the page's Schedules control groups them
		if s, ok := byKey[k]; ok {
			s.count++
			continue
		}
		first, _, _ := strings.Cut(out.Stderr, "\n")
		byKey[k] = &seen{seed: o.Seed, count: 1, stdout: out.Stdout, first: first, exit: out.ExitCode}
		order = append(order, k)
	}
	fmt.Printf("%d runs, %d distinct outcome(s)\n", *runs, len(order))
	for i, k := range order {
		s := byKey[k]
		fmt.Printf("\noutcome %d: %d run(s), reproduce with --seed %d, exit status %d\n", i+1, s.count, s.seed, s.exit)
		for _, line := range strings.Split(strings.TrimSuffix(s.stdout, "\n"), "\n") {
			fmt.Printf("  | %s\n", line)
		}
		if s.first != "" {
			fmt.Printf("  ! %s\n", s.first)
		}
	}
	return 0
}
