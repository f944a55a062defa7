package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"taskline/server"
)

// serveBin is serve.go built once for these tests.
var serveBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sharetest-bin-")
	if err != nil {
		panic(err)
	}
	serveBin = filepath.Join(dir, "serve")
	build := exec.Command("go", "build", "-o", serveBin, "../../serve.go")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building serve.go:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestCheck runs the end-to-end check against serve.go, rate limit on.
func TestCheck(t *testing.T) {
	ctx := context.Background()
	srv, err := startServer(ctx, serveBin, filepath.Join(t.TempDir(), "c.db"), "-static", "../../static")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.kill()
	var out strings.Builder
	if err := Check(ctx, &out, srv.URL, server.ShareBurst); err != nil {
		t.Errorf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "ok   429 once a client shares too fast") {
		t.Errorf("the 429 check did not run:\n%s", out.String())
	}
}

// TestLoadSmall runs the load test's code at a small size: every share
// stored and read back intact.
func TestLoadSmall(t *testing.T) {
	res, err := Load(context.Background(), serveBin, 400, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.WriteLat) != 400 || len(res.ReadLat) != 400 || res.Errors != 0 {
		t.Fatalf("result %+v", res)
	}
}

// TestCrash kills serve.go with SIGKILL during writes, twice, and checks
// that every answered share survived.
func TestCrash(t *testing.T) {
	var out strings.Builder
	if err := Crash(context.Background(), &out, serveBin, 2, 8, 100); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Log(out.String())
}

// TestGracefulShutdown sends SIGTERM while a POST is half sent, then
// finishes it: the server must answer it before exiting, and exit 0.
func TestGracefulShutdown(t *testing.T) {
	ctx := context.Background()
	srv, err := startServer(ctx, serveBin, filepath.Join(t.TempDir(), "g.db"), "-static", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer srv.kill()
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"lang":"python","code":"print('in flight')"}`
	// With Expect: 100-continue the server answers "100 Continue" once the
	// handler starts reading the body: then the request is surely in flight.
	fmt.Fprintf(conn, "POST /api/share HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n", len(body))
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != 100 {
		t.Fatalf("want 100 Continue, got %v %v", resp, err)
	}
	// Once the server says it is shutting down, finish the request.
	srv.cmd.Process.Signal(os.Interrupt)
	if err := srv.waitLog("shutting down"); err != nil {
		t.Fatal(err)
	}
	io.WriteString(conn, body)
	resp, err = http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("in-flight request: %v\n%s", err, srv.log())
	}
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(data), `"id"`) {
		t.Fatalf("in-flight request: %d %s", resp.StatusCode, data)
	}
	<-srv.done
	if srv.err != nil {
		t.Fatalf("exit: %v\n%s", srv.err, srv.log())
	}
	if !strings.Contains(srv.log(), "msg=stopped") {
		t.Errorf("no clean stop in the log:\n%s", srv.log())
	}
}
