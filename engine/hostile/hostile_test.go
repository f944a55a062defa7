package hostile

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// addressSpaceKB caps each run's address space (ulimit -v): a Taskline that
// let a program allocate without bound would die here with Go's own fatal
// error instead of ending the program in its runtime's words.
const addressSpaceKB = 4 << 20 // 4 GiB

// hangAfter only detects a run that does not end by itself; it is not a
// claim about speed (every program ends in well under a second or two on
// an idle machine).
const hangAfter = 3 * time.Minute

var (
	buildOnce sync.Once
	bin       string
	buildErr  error
)

// taskline builds the command once per test binary.
func taskline(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "taskline-hostile")
		if err != nil {
			buildErr = err
			return
		}
		bin = filepath.Join(dir, "taskline")
		out, err := exec.Command("go", "build", "-o", bin, "taskline/cmd/taskline").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bin != "" {
		os.RemoveAll(filepath.Dir(bin))
	}
	os.Exit(code)
}

// spec is what a program's header expects.
type spec struct {
	exit         int
	stderr       []*regexp.Regexp
	stdoutPrefix string
	args         []string
}

func parseSpec(src, comment string) (spec, error) {
	s := spec{exit: -1}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, comment) {
			if line == "" {
				continue
			}
			break // the header ends at the first line that is not a comment
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, comment)), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "want-exit":
			n, err := strconv.Atoi(val)
			if err != nil {
				return s, fmt.Errorf("want-exit %q: %v", val, err)
			}
			s.exit = n
		case "want-stderr":
			re, err := regexp.Compile(val)
			if err != nil {
				return s, fmt.Errorf("want-stderr: %v", err)
			}
			s.stderr = append(s.stderr, re)
		case "want-stdout-prefix":
			s.stdoutPrefix = unescape(val)
		case "args":
			s.args = strings.Fields(val)
		}
	}
	if s.exit < 0 {
		return s, errors.New("no want-exit line in the header")
	}
	return s, nil
}

func unescape(s string) string {
	return strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`).Replace(s)
}

// hostCrash matches what a crash of Taskline itself prints, as opposed to
// the program's own Go fatal errors and panics, which Taskline prints
// without program counters: Go runtime frames with +0x offsets, goroutine
// headers with gp=, signals, and Taskline's internal errors.
var hostCrash = regexp.MustCompile(`\+0x[0-9a-f]+\b|goroutine \d+ gp=|\[signal |internal error|^runtime\.|\nruntime\.`)

// run runs the taskline command under the address-space cap.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangAfter)
	defer cancel()
	// ulimit in a shell: the os/exec API has no way to set a child's limits.
	script := fmt.Sprintf(`ulimit -v %d && exec "$0" "$@"`, addressSpaceKB)
	cmd := exec.CommandContext(ctx, "sh", append([]string{"-c", script, taskline(t)}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("taskline %s did not end by itself within %v (hung); stdout so far %q", strings.Join(args, " "), hangAfter, trunc(out.String()))
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		if ee.ExitCode() < 0 {
			t.Fatalf("taskline %s was killed by a signal (%v); stderr %q", strings.Join(args, " "), err, trunc(errb.String()))
		}
		code = ee.ExitCode()
	default:
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func trunc(s string) string {
	if len(s) > 2000 {
		return s[:1000] + " … " + s[len(s)-1000:]
	}
	return s
}

func corpus(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.go", "*.py"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "testdata", "hostile", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// TestHostileCorpus runs every program in testdata/hostile.
func TestHostileCorpus(t *testing.T) {
	files := corpus(t)
	if len(files) < 50 {
		t.Fatalf("the hostile corpus has %d programs, want at least 50", len(files))
	}
	taskline(t)
	// Two cores, and several programs use hundreds of megabytes: a few at
	// a time.
	sem := make(chan struct{}, max(2, runtime.NumCPU()))
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			comment := "//"
			if strings.HasSuffix(path, ".py") {
				comment = "#"
			}
			sp, err := parseSpec(string(src), comment)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			args := append([]string{"run"}, sp.args...)
			stdout, stderr, code := run(t, append(args, path)...)
			if m := hostCrash.FindString(stderr); m != "" {
				t.Errorf("Taskline itself crashed (%q in stderr):\n%s", m, trunc(stderr))
			}
			if code != sp.exit {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, sp.exit, trunc(stderr))
			}
			for _, re := range sp.stderr {
				if !re.MatchString(stderr) {
					t.Errorf("stderr does not match %q:\n%s", re, trunc(stderr))
				}
			}
			if !strings.HasPrefix(stdout, sp.stdoutPrefix) {
				t.Errorf("stdout does not begin with %q (the output printed before the end must be kept):\n%q", sp.stdoutPrefix, trunc(stdout))
			}
		})
	}
}

// TestKilledRunKeepsOutput: the command line writes output as the program
// prints it, so a run killed from outside (here, as soon as the first line
// arrives) keeps what it printed. The program would otherwise spin for a
// very long time.
func TestKilledRunKeepsOutput(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"spin.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"started\")\n\tfor {\n\t}\n}\n"},
		{"spin.py", "print(\"started\", flush=True)\nwhile True:\n    pass\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), c.name)
			if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), hangAfter)
			defer cancel()
			cmd := exec.CommandContext(ctx, taskline(t), "run", "--max-steps", "1000000000000000", path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			cmd.Process.Kill()
			cmd.Wait()
			if line != "started\n" {
				t.Fatalf("read %q (%v) before the run was killed, want the line it printed first", line, err)
			}
		})
	}
}

// TestLessonWithBombs: taskline render and taskline check run every block
// of a lesson at build time; a block that exhausts memory or recurses
// without end ends in its error like any run, and the tools go on.
func TestLessonWithBombs(t *testing.T) {
	dir := t.TempDir()
	md := "# Bombs\n\n" +
		"```go {run}\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"doubling\")\n\ts := \"x\"\n\tfor {\n\t\ts += s\n\t}\n}\n```\n\n" +
		"```go {run}\npackage main\n\nfunc main() {\n\tvar a [1 << 40]byte\n\tprintln(a[0])\n}\n```\n\n" +
		"```go {run}\npackage main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { println(f(0)) }\n```\n"
	lesson := filepath.Join(dir, "bombs.md")
	if err := os.WriteFile(lesson, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "bombs.html")
	_, stderr, code := run(t, "render", lesson, "-o", out)
	if code != 0 || hostCrash.MatchString(stderr) {
		t.Fatalf("render: exit %d, stderr:\n%s", code, trunc(stderr))
	}
	html, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"fatal error: out of memory", "fatal error: stack overflow"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the rendered page does not show %q", want)
		}
	}
	stdout, stderr, code := run(t, "check", dir)
	if code != 0 || hostCrash.MatchString(stderr) {
		t.Errorf("check: exit %d, stdout %q, stderr:\n%s", code, stdout, trunc(stderr))
	}
}
