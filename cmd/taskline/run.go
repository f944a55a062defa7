package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"

	"taskline/engine"
	_ "taskline/engine/all"
	"taskline/engine/sched"
	"taskline/engine/trace"
)

func init() {
	commands["run"] = command{
		usage: "run PROGRAM.py|PROGRAM.go [--python 3.7…3.13] [--seed N] [--trace FILE.json] [--chrome-trace FILE.json] [--max-steps N] [--max-memory SIZE] [--lang python|go] [--cpuprofile FILE]",
		run:   runCmd,
	}
}

// runFlags are the flags shared by run and explore.
type runFlags struct {
	fs                  *flag.FlagSet
	python, lang        *string
	seed                *int64
	maxSteps            steps
	maxMemory           size
	traceOut, chromeOut *string
	cpuProfile          *string
}

func newRunFlags(name string) *runFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	f := &runFlags{
		fs:         fs,
		python:     fs.String("python", engine.NewestPython, "Python version to model: "+strings.Join(engine.PythonVersions, ", ")),
		lang:       fs.String("lang", "", "language: python or go (default: from the file name)"),
		seed:       fs.Int64("seed", 0, "Go: schedule seed (0 is the deterministic default)"),
		traceOut:   fs.String("trace", "", "write the trace as JSON to this file"),
		chromeOut:  fs.String("chrome-trace", "", "write the trace as Chrome trace-event JSON (opens in Perfetto)"),
		cpuProfile: fs.String("cpuprofile", "", "write a Go CPU profile of the run to this file (for `go tool pprof`)"),
	}
	fs.Var(&f.maxSteps, "max-steps", fmt.Sprintf("step budget, `N` steps; past it the run stops with status 124 (0: the default, %d)", sched.DefaultMaxSteps))
	fs.Var(&f.maxMemory, "max-memory", fmt.Sprintf("memory budget, a `SIZE` in bytes or such as 64MB or 1GiB; past it the run ends as the runtime does out of memory (0: the default, %d MiB)", sched.DefaultMaxMemory>>20))
	return f
}

// steps is --max-steps: a count of at least 0.
type steps int64

func (s *steps) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *steps) Set(v string) error {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return fmt.Errorf("want a whole number of steps")
	}
	if n < 0 {
		return fmt.Errorf("want 0 (the default budget) or more steps, not a negative number")
	}
	*s = steps(n)
	return nil
}

// size is --max-memory: plain bytes or a number with a unit (KB, MB, GB
// are powers of 1000; KiB, MiB, GiB powers of 1024; B is bytes).
type size int64

func (s *size) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *size) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = size(n)
	return nil
}

var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30},
	{"B", 1},
}

func parseSize(v string) (int64, error) {
	num, mult := strings.TrimSpace(v), int64(1)
	for _, u := range sizeUnits {
		if len(num) > len(u.suffix) && strings.EqualFold(num[len(num)-len(u.suffix):], u.suffix) {
			num, mult = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.mult
			break
		}
	}
	bad := fmt.Errorf("want a size such as 536870912, 64MB or 1GiB")
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil {
		return 0, bad
	}
	if n < 0 {
		return 0, fmt.Errorf("want 0 (the default budget) or a positive size, not a negative one")
	}
	if n > math.MaxInt64/mult {
		return 0, fmt.Errorf("%s is more bytes than can be counted", v)
	}
	return n * mult, nil
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
	switch {
	case prog == "-":
		file = map[string]string{"python": "<stdin>", "go": "prog.go"}[lang]
	case lang == "python":
		file = scriptPath(prog, *f.python)
	}
	o = engine.Options{Lang: lang, File: file, Python: *f.python, Seed: *f.seed, MaxSteps: int64(f.maxSteps), MaxMemory: int64(f.maxMemory)}
	return string(b), o, nil
}

// scriptPath is the script's name as CPython's tracebacks show it when it
// runs `python3.X prog`: 3.7 and 3.8 show the path as given, 3.9 and later
// the current directory joined to a relative path, unnormalised
// ("/home/me/./prog.py"), as _Py_abspath makes it.
func scriptPath(prog, python string) string {
	if engine.PythonMinor(python) < 9 || filepath.IsAbs(prog) {
		return prog
	}
	wd, err := os.Getwd()
	if err != nil {
		return prog
	}
	return strings.TrimSuffix(wd, string(filepath.Separator)) + string(filepath.Separator) + prog
}

func runCmd(args []string) int {
	f := newRunFlags("run")
	prog, err := f.parse(args)
	if err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintln(os.Stderr, "taskline run:", err)
		}
		return 2
	}
	src, o, err := f.load(prog)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline run:", err)
		return 2
	}
	out := &streams{w: [3]io.Writer{nil, os.Stdout, os.Stderr}}
	o.Output = out.write
	stop, err := startProfile(*f.cpuProfile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline run:", err)
		return 2
	}
	t := engine.Run(src, o)
	stop()
	out.finish(t.Outcome.Stdout, t.Outcome.Stderr)
	if err := writeTraces(t, *f.traceOut, *f.chromeOut); err != nil {
		fmt.Fprintln(os.Stderr, "taskline run:", err)
		if t.Outcome.ExitCode == 0 {
			return 2
		}
	}
	return t.Outcome.ExitCode
}

// streams writes a run's output as the engine produces it, so that a run
// killed from outside keeps what it printed, and counts what it wrote.
type streams struct {
	w [3]io.Writer
	n [3]int
}

func (s *streams) write(stream int, text string) {
	if stream != 1 && stream != 2 {
		return
	}
	io.WriteString(s.w[stream], text)
	s.n[stream] += len(text)
}

// finish writes what the outcome holds beyond what was streamed: messages
// made when the run ended (a compile error, a traceback printed at exit).
func (s *streams) finish(stdout, stderr string) {
	for i, all := range [3]string{"", stdout, stderr} {
		if i > 0 && len(all) > s.n[i] {
			io.WriteString(s.w[i], all[s.n[i]:])
			s.n[i] = len(all)
		}
	}
}

// startProfile starts a CPU profile of the engine's run into file (none
// when file is empty); the returned function stops it and closes the file.
func startProfile(file string) (stop func(), err error) {
	if file == "" {
		return func() {}, nil
	}
	w, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(w); err != nil {
		w.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		w.Close()
	}, nil
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
