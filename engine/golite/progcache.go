package golite

import (
	"sync"

	"taskline/engine/trace"
)

// A program's compiled form is kept after its run and used again when the
// same source runs next: the page's Run pressed again, a Schedules control
// or `taskline explore` running one program under many seeds. Parsing,
// type-checking and compiling to closures were most of a small program's
// run (errgroup's and context's functions are compiled from their stubs
// on first use); the run itself is short.
//
// Reuse is sound because the compiled closures hold nothing of the run
// that made them. Everything a run changes lives in its Machine (reached
// from each Frame, or through compiler.m, which names the running
// machine) or in the Cells of package variables, which zeroGlobals sets
// to fresh zero values before the package initialisers run again, as a
// new process would. What the compiler adds while a program runs (a stub
// function compiled on first use, a method set, a generic instance) is
// derived from the types alone, so a later run finds it ready instead of
// making it again. TestCompiledReuse runs every Go program of the corpus
// and examples twice, the second time from here, and compares the traces.
//
// An entry is taken out while it runs, so two runs never share one
// compiler: a second run of a program that is already running compiles
// its own copy.
type compiled struct {
	key   string
	c     *compiler
	main  *FuncCode
	inits []func(fr *Frame)
}

// compiledKeep is how many programs stay compiled. A page runs one
// program at a time; a lesson page runs a handful.
const compiledKeep = 4

var progCache struct {
	mu      sync.Mutex
	entries []*compiled // least recently used first
}

func compiledKey(file, src string) string { return file + "\x00" + src }

// takeCompiled removes and returns the compiled form of src, if kept.
func takeCompiled(file, src string) *compiled {
	key := compiledKey(file, src)
	progCache.mu.Lock()
	defer progCache.mu.Unlock()
	for i, e := range progCache.entries {
		if e.key == key {
			progCache.entries = append(progCache.entries[:i], progCache.entries[i+1:]...)
			return e
		}
	}
	return nil
}

// putCompiled keeps cp for the next run of its program, unless the run
// ended in an internal error or stopped the compiler half-way through
// compiling a function (compiler.compiling): either may leave the
// compiler in a state no new compilation would have.
func putCompiled(cp *compiled) {
	c := cp.c
	if c.compiling != 0 || len(c.errs) > 0 || c.m != nil && c.m.outcome.Kind == trace.OutcomeInternal {
		return
	}
	// What the run made must not outlive it: the machine (its goroutines,
	// trace and output) and the values of the package variables.
	c.m = nil
	for _, cell := range c.globals {
		cell.V = Value{}
	}
	progCache.mu.Lock()
	defer progCache.mu.Unlock()
	for _, e := range progCache.entries {
		if e.key == cp.key {
			return // compiled again by a run beside this one
		}
	}
	if len(progCache.entries) == compiledKeep {
		progCache.entries = append(progCache.entries[:0], progCache.entries[1:]...)
	}
	progCache.entries = append(progCache.entries, cp)
}

// zeroGlobals gives every package variable a fresh zero value, in the
// order compileProgram first gave them one (the memory budget is charged
// in that order), before the initialisers run.
func (cp *compiled) zeroGlobals() {
	c := cp.c
	for _, v := range c.globalOrder {
		c.globals[v].V = c.zero(v.Type())()
	}
}

// forgetCompiled empties the cache (tests).
func forgetCompiled() {
	progCache.mu.Lock()
	defer progCache.mu.Unlock()
	progCache.entries = nil
}
