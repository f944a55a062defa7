package main

import (
	"log"
	"os"
)

// log with its time stamp turned off (the recording's clock is real), to
// stdout and stderr, with prefixes, then Fatal's exit status.
func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("starting", 3, "workers")
	l := log.New(os.Stdout, "[out] ", log.Lmsgprefix)
	l.Printf("value=%d", 42)
	l.Print("no newline")
	l.SetPrefix("> ")
	l.Println("prefix", l.Prefix(), "flags", l.Flags())
	defer func() {
		r := recover()
		l.Println("recovered:", r)
		log.Fatalf("fatal: %v", r)
	}()
	log.Panicf("bad %s", "thing")
}
