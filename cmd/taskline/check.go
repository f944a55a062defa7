package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"taskline/lesson"
)

func init() {
	commands["check"] = command{
		usage: "check DIR|FILE.md...   validate lessons and exercises: run blocks meet their expect, references pass every check, starters fail one",
		run:   checkCmd,
	}
}

// markdownFiles lists the .md files named by args, walking directories.
func markdownFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".md") && !strings.EqualFold(d.Name(), "README.md") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}

func checkCmd(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "taskline check: no directory or file given")
		return 2
	}
	files, err := markdownFiles(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "taskline check:", err)
		return 2
	}
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "taskline check: no .md files in", strings.Join(args, " "))
		return 2
	}
	problems, runs, exercises, checks := 0, 0, 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "taskline check:", err)
			problems++
			continue
		}
		p, err := lesson.Convert(f, src)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", f, err)
			problems++
			continue
		}
		for _, d := range p.Diagnostics {
			fmt.Fprintln(os.Stderr, d.Error())
			problems++
		}
		runs += len(p.Playgrounds)
		if p.Exercise != nil {
			exercises++
			checks += len(p.Exercise.Checks)
		}
	}
	fmt.Printf("%d file(s): %d run block(s), %d exercise(s) with %d check(s); %d problem(s)\n",
		len(files), runs, exercises, checks, problems)
	if problems > 0 {
		return 1
	}
	return 0
}
