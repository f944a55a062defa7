//go:build ignore

// record_go records the Go corpus: every testdata/go/NAME.go is built with
// the real toolchain (`go build prog.go`, as a compiled binary, not `go run`,
// which rewrites exit statuses) and run five times; programs whose stdout,
// first stderr line or exit status vary between runs depend on scheduling
// and are dropped (reported, and their .json removed). The rest get
// NAME.json: {"stdout", "stderr", "stderr_first", "exit"}.
//
//	go run testdata/record_go.go [-dir testdata/go] [-j N] [NAME ...]
//
// The playground's examples are recorded the same way with
// -dir examples/go (those that depend on scheduling get no .json).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

type recording struct {
	Stdout      string `json:"stdout"`
	Stderr      string `json:"stderr"`
	StderrFirst string `json:"stderr_first"`
	Exit        int    `json:"exit"`
}

const goMod = `module prog

go 1.26

require golang.org/x/sync v0.25.0
`

func main() {
	dirFlag := flag.String("dir", "testdata/go", "directory of the programs, relative to the repository root")
	jFlag := flag.Int("j", 1, "programs built and run at the same time")
	flag.Parse()
	root, err := os.Getwd()
	if err != nil {
		fail(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		fail(fmt.Errorf("run from the repository root"))
	}
	dir := filepath.Join(root, *dirFlag)
	names := flag.Args()
	if len(names) == 0 {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		txt, _ := filepath.Glob(filepath.Join(dir, "*.go.txt"))
		for _, f := range append(files, txt...) {
			names = append(names, strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".txt"), ".go"))
		}
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		fail(err)
	}
	var xsum []string
	for _, l := range strings.Split(string(sum), "\n") {
		if strings.HasPrefix(l, "golang.org/x/sync ") {
			xsum = append(xsum, l)
		}
	}
	// Programs are built and run by -j workers, each in its own module
	// directory (the runs of one program stay sequential).
	jobs := make(chan string)
	var mu sync.Mutex
	kept, dropped := 0, 0
	var wg sync.WaitGroup
	for w := 0; w < *jFlag; w++ {
		work, err := os.MkdirTemp("", "record-go-")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(work)
		os.WriteFile(filepath.Join(work, "go.mod"), []byte(goMod), 0o644)
		os.WriteFile(filepath.Join(work, "go.sum"), []byte(strings.Join(xsum, "\n")+"\n"), 0o644)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				ok := record(dir, work, name)
				mu.Lock()
				if ok {
					kept++
				} else {
					dropped++
				}
				mu.Unlock()
			}
		}()
	}
	for _, name := range names {
		jobs <- name
	}
	close(jobs)
	wg.Wait()
	fmt.Printf("recorded %d, dropped %d\n", kept, dropped)
}

// record builds and runs one program and writes its NAME.json; false if
// its output depends on scheduling (its .json is removed).
func record(dir, work, name string) bool {
	src, err := os.ReadFile(filepath.Join(dir, name+".go"))
	if os.IsNotExist(err) {
		// Programs that must not parse are kept as NAME.go.txt, out of
		// gofmt's way.
		src, err = os.ReadFile(filepath.Join(dir, name+".go.txt"))
	}
	if err != nil {
		fail(err)
	}
	os.WriteFile(filepath.Join(work, "prog.go"), src, 0o644)
	os.Remove(filepath.Join(work, "prog"))
	var rec recording
	build := exec.Command("go", "build", "-o", "prog", "prog.go")
	build.Dir = work
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	var berr bytes.Buffer
	build.Stderr = &berr
	jsonPath := filepath.Join(dir, name+".json")
	if build.Run() != nil {
		rec = recording{Stderr: berr.String(), Exit: 1}
	} else {
		var runs []recording
		for i := 0; i < 5; i++ {
			runs = append(runs, run(work))
		}
		same := true
		for _, r := range runs[1:] {
			if r.Stdout != runs[0].Stdout || r.StderrFirst != runs[0].StderrFirst || r.Exit != runs[0].Exit {
				same = false
			}
		}
		if !same {
			fmt.Printf("drop %s: output depends on scheduling\n", name)
			os.Remove(jsonPath)
			return false
		}
		rec = runs[0]
	}
	rec.StderrFirst = firstLine(rec.Stderr)
	rec.Stderr = strings.ReplaceAll(rec.Stderr, work+"/", "./")
	out, _ := json.MarshalIndent(rec, "", "  ")
	if err := os.WriteFile(jsonPath, append(out, '\n'), 0o644); err != nil {
		fail(err)
	}
	return true
}

func run(work string) recording {
	cmd := exec.Command("./prog")
	cmd.Dir = work
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		fail(err)
	}
	return recording{Stdout: out.String(), Stderr: errb.String(), StderrFirst: firstLine(errb.String()), Exit: code}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "record_go:", err)
	os.Exit(1)
}
