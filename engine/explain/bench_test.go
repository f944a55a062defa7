package explain_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taskline/engine"
	"taskline/engine/explain"
)

// BenchmarkExplain explains the runs of the benchmark programs (thousands
// of tasks, cancellation storms): the page explains every run it draws.
func BenchmarkExplain(b *testing.B) {
	files, _ := filepath.Glob("../../bench/*/*")
	for _, f := range files {
		lang := "python"
		switch {
		case strings.HasSuffix(f, ".go"):
			lang = "go"
		case !strings.HasSuffix(f, ".py"):
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		tr := engine.Run(string(src), engine.Options{Lang: lang})
		b.Run(filepath.Base(f), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				explain.Explain(string(src), tr)
			}
			b.ReportMetric(float64(tr.NumEvents()), "events")
		})
	}
}
