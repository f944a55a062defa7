package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"taskline/engine"
	_ "taskline/engine/all"
	"taskline/engine/trace"
)

func init() {
	commands["run"] = command{
		usage: "run PROGRAM.py|PROGRAM.go [--python 3.7|3.11] [--seed N] [--trace FILE.json] [--chrome-trace FILE.json] [--max-steps N] [--lang python|go]",
		run:   runCmd,
	}
}

// runFlags are the flags shared by run and explore.
type runFlags struct {
	fs                  *flag.FlagSet
	python, lang        *string
	seed, maxSteps      *int64
	traceOut, chromeOut *string
}

func newRunFlags(name string) *runFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return &runFlags{
		fs:        fs,
		python:    fs.String("python", engine.NewestPython, "Python version to model: "+strings.Join(engine.PythonVersions, ", ")),
		lang:      fs.String("lang", "", "language: python or go (default: from the file name)"),
		seed:      fs.Int64("seed", 0, "Go: schedule seed (0 is the deterministic default)"),
		maxSteps:  fs.Int64("max-steps", 0, "step budget (0: the default)"),
		traceOut:  fs.String("trace", "", "write the trace as JSON to this file"),
		chromeOut: fs.String("chrome-trace", "", "write the trace as Chrome trace-event JSON (opens in Perfetto)"),
	}
}

// parse accepts flags before and after the program argument, as people type
// them, and returns the program path.
func (f *runFlags) parse(args []string) (string, error) {
	var prog string
	for {
		if err := f.fs.Parse(args); err != nil {
			return "", err
		}
		rest := f.fs.Args()
		if len(rest) == 0 {
			break
		}
		if prog != "" {
			return "", fmt.Errorf("more than one program given: %s and %s", prog, rest[0])
		}
		prog, args = rest[0], rest[1:]
	}
	if prog == "" {
		return "", fmt.Errorf("no program given")
	}
	if !engine.KnownPython(*f.python) {
		return "", fmt.Errorf("--python %s: want one of %s", *f.python, strings.Join(engine.PythonVersions, ", "))
	}
	return prog, nil
}

// load reads the program and works out its language and display name.
func (f *runFlags) load(prog string) (src string, o engine.Options, err error) {
	var b []byte
	if prog == "-" {
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(prog)
	}
	if err != nil {
		return "", o, err
	}
	lang := *f.lang
	if lang == "" {
		lang = "python"
		if strings.HasSuffix(prog, ".go") {
			lang = "go"
		}
	}
	file := filepath.Base(prog)
	if lang == "python" {
		// The script's path as CPython shows it in tracebacks: as given
		// up to 3.8, made absolute from 3.9 on.
		file = prog
		if *f.python != "3.7" && *f.python != "3.8" {
			if abs, err := filepath.Abs(prog); err == nil {
				file = abs
			}
		}
	}
	if prog == "-" {
		file = map[string]string{"python": "<stdin>", "go": "prog.go"}[lang]
	}
	o = engine.Options{Lang: lang, File: file, Python: *f.python, Seed: *f.seed, MaxSteps: *f.maxSteps}
	return string(b), o, nil
}

func runCmd(args []string) int {
	f := newRunFlags("run")
	prog, err := f.parse(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline run:", err)
		return 2
	}
	src, o, err := f.load(prog)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline run:", err)
		return 2
	}
	t := engine.Run(src, o)
	os.Stdout.WriteString(t.Outcome.Stdout)
	os.Stderr.WriteString(t.Outcome.Stderr)
	if err := writeTraces(t, *f.traceOut, *f.chromeOut); err != nil {
		fmt.Fprintln(os.Stderr, "taskline run:", err)
		if t.Outcome.ExitCode == 0 {
			return 2
		}
	}
	return t.Outcome.ExitCode
}

func writeTraces(t *trace.Trace, traceOut, chromeOut string) error {
	if traceOut != "" {
		b, err := t.JSON()
		if err != nil {
			return err
		}
		if err := os.WriteFile(traceOut, b, 0o644); err != nil {
			return err
		}
	}
	if chromeOut != "" {
		b, err := t.Chrome()
		if err != nil {
			return err
		}
		if err := os.WriteFile(chromeOut, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
