//go:build tasklinepy

package explain

// Built with the tag tasklinepy (the browser's Python engine module,
// wasm/), the package explains Python runs only: the Go chain and rules,
// which parse the program with go/parser, stay out of that module, whose
// every byte each visitor downloads. The Go engine's module, which runs
// the Go programs, is built without the tag and explains them in full.

type goProgram struct{}

func parseGo(string) *goProgram { return nil }

func (*goProgram) loopAround(int) int { return 0 }

func (r *run) goSteps()    {}
func (r *run) goFindings() {}
