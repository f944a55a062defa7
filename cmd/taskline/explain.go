package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"taskline/engine"
	"taskline/engine/explain"
)

func init() {
	commands["explain"] = command{
		usage: "explain PROGRAM.py|PROGRAM.go [--python 3.7…3.13] [--seed N] [--json]   why the run ended as it did, and the pitfalls found",
		run:   explainCmd,
	}
}

// explainCmd runs a program and prints its story instead of its output.
// The exit status is 0 when the story was told, whatever the program did.
func explainCmd(args []string) int {
	f := newRunFlags("explain")
	asJSON := f.fs.Bool("json", false, "write the story as one JSON object")
	prog, err := f.parse(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline explain:", err)
		return 2
	}
	src, o, err := f.load(prog)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline explain:", err)
		return 2
	}
	t := engine.Run(src, o)
	if err := writeTraces(t, *f.traceOut, *f.chromeOut); err != nil {
		fmt.Fprintln(os.Stderr, "taskline explain:", err)
		return 2
	}
	st := explain.Explain(src, t)
	if *asJSON {
		b, err := json.MarshalIndent(st, "", "  ")
		if err != nil {
			fmt.Fprintln(os.Stderr, "taskline explain:", err)
			return 2
		}
		os.Stdout.Write(append(b, '\n'))
		return 0
	}
	writeStory(os.Stdout, st)
	return 0
}

// writeStory prints a story for people: the summary, one line per step,
// then each finding with its fix.
func writeStory(w io.Writer, st *explain.Story) {
	fmt.Fprintln(w, st.Summary)
	if len(st.Steps) > 0 {
		fmt.Fprintln(w, "\nWhat happened:")
		lw, kw := 0, 0
		for _, s := range st.Steps {
			lw = max(lw, len([]rune(s.Label)))
			kw = max(kw, len(s.Kind))
		}
		for _, s := range st.Steps {
			line := "      "
			if s.Line > 0 {
				line = fmt.Sprintf("line %-3d", s.Line)
			}
			fmt.Fprintf(w, "  %s  %-*s  %-*s  %s\n", line, lw, s.Label, kw, s.Kind, s.Text)
		}
	}
	for _, f := range st.Findings {
		fmt.Fprintf(w, "\nPitfall: %s (%s, line %d)\n", f.Title, f.ID, f.Line)
		fmt.Fprintln(w, "  "+f.Text)
		if f.Fix != "" {
			fmt.Fprintln(w, "  Fix:")
			for _, l := range strings.Split(strings.TrimRight(f.Fix, "\n"), "\n") {
				fmt.Fprintln(w, "    "+l)
			}
		}
		if f.Lesson != "" {
			fmt.Fprintln(w, "  Lesson: "+f.Lesson)
		}
	}
}
