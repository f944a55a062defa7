// Command sharetest drives a running Taskline server (serve.go or the
// worker under wrangler) from outside, as clients would:
//
//	sharetest check -url URL [-limit N] [-reread]
//	    the share round trip, the short link page, and every error status
//	    (400, 404, 405, 413, 415, 429; invalid UTF-8 and a charset other
//	    than UTF-8 included), with the JSON shape of each error;
//	    with -reread, only that the round trip's snippet is still there
//	sharetest load -serve BIN [-n 20000] [-c 200] [-timeout 5m]
//	    starts BIN (a built serve.go) on loopback, stores n snippets from c
//	    concurrent clients, reads every one back, checks it byte for byte,
//	    and prints throughput and latency percentiles
//	sharetest crash -serve BIN [-rounds 3] [-writers 16] [-after 300]
//	    starts BIN, kills it with SIGKILL while writers are storing, restarts
//	    it on the same database and checks that every share whose POST was
//	    answered is there, intact
//
// Everything runs on 127.0.0.1 and stops by itself: counts are fixed and
// every phase has a deadline. Any failure exits with status 1.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet("sharetest "+cmd, flag.ExitOnError)
	var err error
	switch cmd {
	case "check":
		url := fs.String("url", "", "base URL of the server, e.g. http://127.0.0.1:8787")
		limit := fs.Int("limit", 30, "the server's share burst: how many POSTs may pass before 429 (0 skips the 429 check)")
		reread := fs.Bool("reread", false, "only check that the round trip's snippet is still stored (after a restart)")
		fs.Parse(args)
		if *url == "" {
			usage()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if *reread {
			err = Reread(ctx, os.Stdout, *url)
		} else {
			err = Check(ctx, os.Stdout, *url, *limit)
		}
	case "load":
		bin := fs.String("serve", "", "serve.go built as a binary")
		n := fs.Int("n", 20000, "snippets to store and read back")
		c := fs.Int("c", 200, "concurrent clients")
		timeout := fs.Duration("timeout", 5*time.Minute, "give up after this long")
		fs.Parse(args)
		if *bin == "" {
			usage()
		}
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		defer cancel()
		var res *LoadResult
		res, err = Load(ctx, *bin, *n, *c)
		if res != nil {
			res.Print(os.Stdout)
		}
	case "crash":
		bin := fs.String("serve", "", "serve.go built as a binary")
		rounds := fs.Int("rounds", 3, "kill and restart this many times")
		writers := fs.Int("writers", 16, "concurrent writers")
		after := fs.Int("after", 300, "kill after this many answered shares in a round")
		timeout := fs.Duration("timeout", 3*time.Minute, "give up after this long")
		fs.Parse(args)
		if *bin == "" {
			usage()
		}
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		defer cancel()
		err = Crash(ctx, os.Stdout, *bin, *rounds, *writers, *after)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sharetest "+cmd+": "+err.Error())
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  sharetest check -url URL [-limit N] [-reread]
  sharetest load -serve BIN [-n 20000] [-c 200] [-timeout 5m]
  sharetest crash -serve BIN [-rounds 3] [-writers 16] [-after 300] [-timeout 3m]`)
	os.Exit(2)
}
