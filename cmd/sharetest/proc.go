package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// A proc is a serve.go process started for a test.
type proc struct {
	cmd  *exec.Cmd
	URL  string // base URL, no trailing slash
	done chan struct{}
	err  error // from Wait, once done is closed

	mu      sync.Mutex
	tail    []string      // last lines of its log, for failure reports
	newLine chan struct{} // closed and replaced at each line of the log
}

var servingLine = regexp.MustCompile(`msg=serving url=(http://[^ ]+?)/? `)

// startServer runs bin on a free loopback port with the given database and
// extra flags, and waits until it says where it serves.
func startServer(ctx context.Context, bin, db string, extra ...string) (*proc, error) {
	args := append([]string{"-addr", "127.0.0.1:0", "-db", db, "-build=false"}, extra...)
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stdout = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &proc{cmd: cmd, done: make(chan struct{}), newLine: make(chan struct{})}
	urlc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if m := servingLine.FindStringSubmatch(line + " "); m != nil {
				select {
				case urlc <- m[1]:
				default:
				}
			}
			if strings.Contains(line, "msg=request ") {
				continue // too many to keep
			}
			s.mu.Lock()
			s.tail = append(s.tail, line)
			if len(s.tail) > 40 {
				s.tail = s.tail[1:]
			}
			close(s.newLine)
			s.newLine = make(chan struct{})
			s.mu.Unlock()
		}
		io.Copy(io.Discard, stderr)
		s.err = cmd.Wait()
		close(s.done)
	}()
	select {
	case u := <-urlc:
		s.URL = strings.TrimSuffix(u, "/")
		return s, nil
	case <-s.done:
		return nil, fmt.Errorf("%s exited before serving: %v\n%s", bin, s.err, s.log())
	case <-time.After(2 * time.Minute):
		s.kill()
		return nil, fmt.Errorf("%s did not start within 2 minutes\n%s", bin, s.log())
	case <-ctx.Done():
		s.kill()
		return nil, ctx.Err()
	}
}

// waitLog waits until a line of the log (request lines aside) contains
// substr, or the process ends.
func (s *proc) waitLog(substr string) error {
	for {
		s.mu.Lock()
		found := strings.Contains(strings.Join(s.tail, "\n"), substr)
		next := s.newLine
		s.mu.Unlock()
		if found {
			return nil
		}
		select {
		case <-next:
		case <-s.done:
			return fmt.Errorf("server exited (%v) without logging %q", s.err, substr)
		}
	}
}

func (s *proc) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.tail, "\n")
}

// kill sends SIGKILL and waits for the process to be gone.
func (s *proc) kill() {
	s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.done
}

// stop asks for a graceful shutdown and waits for it.
func (s *proc) stop(ctx context.Context) error {
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
		if s.err != nil {
			return fmt.Errorf("server exited with %v\n%s", s.err, s.log())
		}
		return nil
	case <-ctx.Done():
		s.kill()
		return fmt.Errorf("server did not stop on SIGTERM: %v", ctx.Err())
	}
}
