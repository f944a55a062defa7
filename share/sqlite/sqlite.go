// Package sqlite opens the share store on a local SQLite file, through the
// pure-Go driver modernc.org/sqlite (no cgo, so `go run serve.go` works on a
// bare Go installation).
//
// It lives apart from package share so that the worker, which stores in D1,
// does not link SQLite into its wasm. The database runs in WAL mode, so
// readers do not wait for the writer; writes go through a pool of one
// connection, queued in Go rather than spinning on SQLITE_BUSY, and every
// connection has a busy timeout for other processes touching the file.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	"taskline/share"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Connection settings.
const (
	// BusyTimeoutMillis is how long a connection waits for a lock held by
	// another connection or process before failing with SQLITE_BUSY.
	BusyTimeoutMillis = 5000
	// MaxReaders bounds the read pool.
	MaxReaders = 8
)

// Open opens (creating if needed) the SQLite database at path, applies the
// migrations and returns a store over it. Close the store when done.
func Open(ctx context.Context, path string) (*share.SQLStore, error) {
	writer, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	writer.SetMaxOpenConns(1)
	// Keep the connection: reopening a SQLite file costs a schema read.
	writer.SetConnMaxIdleTime(0)
	if err := share.Migrate(ctx, writer); err != nil {
		writer.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	reader, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		writer.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	reader.SetMaxOpenConns(MaxReaders)
	reader.SetMaxIdleConns(MaxReaders)
	if err := reader.PingContext(ctx); err != nil {
		writer.Close()
		reader.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return share.NewSQLStoreSplit(writer, reader), nil
}

// dsn builds the driver's connection string. WAL makes a committed write
// survive a killed process (it is in the log file once COMMIT returns) and
// lets readers run beside the writer; synchronous=FULL adds an fsync per
// commit so that it survives a power cut too.
func dsn(path string, write bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeoutMillis))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	if write {
		// Take the write lock at BEGIN, so a transaction never fails
		// half-way when it upgrades from reading to writing.
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}
