//go:build !js

package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPythonModuleLinksNoGo: the Python engine's module, which every
// visitor downloads, links neither the Go engine nor Go's own front end
// (go/parser, go/types), which only the Go module (wasm/golang) needs, nor
// Go's crypto packages (crypto/sha512 alone brought Go's FIPS module,
// about 40 KB brotli; random.seed hashes with eval's own SHA-512).
func TestPythonModuleLinksNoGo(t *testing.T) {
	cmd := exec.Command("go", "list", "-tags", "tasklinepy", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 20 || !contains(deps, "taskline/engine/py") {
		t.Fatalf("go list gave no plausible dependency list: %q", deps)
	}
	for _, d := range deps {
		if d == "taskline/engine/golite" || strings.HasPrefix(d, "taskline/engine/golite/") ||
			d == "go/parser" || d == "go/types" || d == "go/ast" ||
			d == "crypto" || strings.HasPrefix(d, "crypto/") {
			t.Errorf("the Python module links %s", d)
		}
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
