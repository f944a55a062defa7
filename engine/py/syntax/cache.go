package syntax

import "sync"

// A parsed program is kept and handed out again when the same source is
// parsed next. One run of a program parsed it up to three times: the engine
// to run it, the traceback's carets (each frame's line again, to find the
// anchors CPython underlines) and the explanation of the run (engine/explain)
// to read the program; the page's Run pressed again, Live mode re-running an
// unchanged program and a Schedules control parse it all over again each
// time. For the page's seed example the three parses were about two fifths
// of a warm re-run's CPU profile natively (running, explaining and encoding
// it, the collector aside).
//
// Sharing is sound because nothing changes a File once ParseFile returns
// it: the compiler (engine/py/eval) and the explanation only read the tree
// and its scopes. TestParsedUnchanged runs every Python program of the corpus
// and the examples, explains it, and checks that the kept tree is still
// the tree a fresh parse gives.
//
// Only a successful parse is kept: a syntax error is found again (it is
// cheap, the parse stops there), so its error value is never shared.
type parsed struct {
	key string // filename, version and source
	f   *File
}

// parsedKeep bounds what is kept: the last few programs, and at most
// parsedBytes of source in all, so that a server running many programs
// does not hold big trees for nothing.
const (
	parsedKeep  = 16
	parsedBytes = 1 << 20
)

var parsedCache struct {
	mu      sync.Mutex
	entries []parsed // least recently used first
	bytes   int
}

func parsedKey(filename, version string, src []byte) string {
	return filename + "\x00" + version + "\x00" + string(src)
}

// keptParse returns the File kept for key, if any, as the most recently used.
func keptParse(key string) *File {
	c := &parsedCache
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, e := range c.entries {
		if e.key == key {
			copy(c.entries[i:], c.entries[i+1:])
			c.entries[len(c.entries)-1] = e
			return e.f
		}
	}
	return nil
}

// keepParse keeps f under key, dropping the least recently used entries
// past the bounds.
func keepParse(key string, f *File) {
	if len(key) > parsedBytes {
		return
	}
	c := &parsedCache
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = append(c.entries, parsed{key, f})
	c.bytes += len(key)
	for len(c.entries) > parsedKeep || c.bytes > parsedBytes {
		c.bytes -= len(c.entries[0].key)
		c.entries[0] = parsed{}
		c.entries = c.entries[1:]
	}
}

// forgetParses empties the cache (tests).
func forgetParses() {
	c := &parsedCache
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries, c.bytes = nil, 0
}
