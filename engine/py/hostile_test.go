package py_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/trace"
)

// hostileCase is one program of testdata/hostile with the expectations of
// its header comments (the format shared with the command-line harness):
//
//	# want-exit: 1
//	# want-stderr: MemoryError          (an RE2 regexp matched against stderr)
//	# want-stdout-prefix: start         (the partial output that must be kept)
//	# args: --max-memory 64MB --python 3.7 --max-steps 100000
type hostileCase struct {
	exit         int
	stderr       *regexp.Regexp
	stdoutPrefix string
	opts         engine.Options
}

func parseHostile(t *testing.T, path string) hostileCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := hostileCase{exit: -1}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "want-exit":
			c.exit, err = strconv.Atoi(val)
		case "want-stderr":
			c.stderr, err = regexp.Compile(val)
		case "want-stdout-prefix":
			c.stdoutPrefix = strings.ReplaceAll(val, `\n`, "\n")
		case "args":
			err = parseHostileArgs(strings.Fields(val), &c.opts)
		}
		if err != nil {
			t.Fatalf("%s: %s: %v", path, line, err)
		}
	}
	if c.exit < 0 {
		t.Fatalf("%s: no want-exit header", path)
	}
	return c
}

func parseHostileArgs(args []string, o *engine.Options) error {
	for i := 0; i < len(args); i += 2 {
		if i+1 >= len(args) {
			return fmt.Errorf("%s needs a value", args[i])
		}
		v := args[i+1]
		switch args[i] {
		case "--python":
			o.Python = v
		case "--max-steps":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return err
			}
			o.MaxSteps = n
		case "--max-memory":
			n, err := parseSize(v)
			if err != nil {
				return err
			}
			o.MaxMemory = n
		default:
			return fmt.Errorf("unknown flag %s", args[i])
		}
	}
	return nil
}

// parseSize reads "64MB", "512KB", "1GB" (powers of 1024) or a byte count.
func parseSize(s string) (int64, error) {
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}

// TestHostile runs every Python program of the hostile corpus through
// engine.Run: each must end by itself with the status and error its header
// names, keep its partial output, and never end in an internal error. The
// command-line harness runs the same files as subprocesses under an
// address-space cap; this test is the fast native check while working on
// the engine.
func TestHostile(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/hostile/py_*.py")
	if len(files) == 0 {
		t.Fatal("no hostile programs found")
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			if testing.Short() && strings.Contains(name, "_slow") {
				t.Skip("slow program")
			}
			c := parseHostile(t, path)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			c.opts.Lang, c.opts.File = "python", name
			tr := engine.Run(string(src), c.opts)
			o := tr.Outcome
			if o.Kind == trace.OutcomeInternal {
				t.Fatalf("internal error:\n%s", o.Stderr)
			}
			if o.ExitCode != c.exit {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", o.ExitCode, c.exit, tail(o.Stderr))
			}
			if c.stderr != nil && !c.stderr.MatchString(o.Stderr) {
				t.Errorf("stderr does not match %q:\n%s", c.stderr, tail(o.Stderr))
			}
			if !strings.HasPrefix(o.Stdout, c.stdoutPrefix) {
				t.Errorf("stdout %q, want prefix %q", head(o.Stdout), c.stdoutPrefix)
			}
		})
	}
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}

func head(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
