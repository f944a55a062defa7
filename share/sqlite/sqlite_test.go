package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestPragmas checks that the connection string really sets what the
// durability and concurrency argument relies on.
func TestPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd name?&#.db")
	st, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, write := range []bool{true, false} {
		db, err := sql.Open("sqlite", dsn(path, write))
		if err != nil {
			t.Fatal(err)
		}
		for pragma, want := range map[string]string{
			"journal_mode": "wal",
			"busy_timeout": "5000",
			"synchronous":  "2", // FULL
		} {
			var got string
			if err := db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("write=%v: PRAGMA %s = %s, want %s", write, pragma, got, want)
			}
		}
		var n int
		if err := db.QueryRow("SELECT count(*) FROM snippets").Scan(&n); err != nil {
			t.Errorf("write=%v: the migrated table is not in %q: %v", write, path, err)
		}
		db.Close()
	}
}
