package share

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SQLStore is a Store over database/sql, written for SQLite's dialect: the
// local server runs it on modernc.org/sqlite (see package share/sqlite) and
// the worker on Cloudflare D1, which is SQLite too. It uses neither
// transactions nor driver-specific features, since D1's driver has none.
type SQLStore struct {
	writer, reader *sql.DB
	now            func() time.Time
	batch          *batcher // nil: each write commits alone
}

// NewSQLStore returns a store over db, whose schema must be migrated (see
// Migrate). Reads and writes share db.
func NewSQLStore(db *sql.DB) *SQLStore {
	return &SQLStore{writer: db, reader: db, now: time.Now}
}

// NewSQLStoreSplit returns a store that writes through writer and reads
// through reader, for SQLite, which allows one writer at a time. Writes
// are queued in Go, and those waiting together are committed in one
// transaction (group commit), so a durable commit's fsync is paid once per
// batch; readers proceed in parallel under WAL. The writer needs
// transactions, which D1 lacks: D1 uses NewSQLStore.
func NewSQLStoreSplit(writer, reader *sql.DB) *SQLStore {
	s := &SQLStore{writer: writer, reader: reader, now: time.Now}
	s.batch = newBatcher(writer, s.put)
	return s
}

// Put implements Store.
func (s *SQLStore) Put(ctx context.Context, id string, sn Snippet) error {
	if s.batch != nil {
		return s.batch.Put(ctx, id, sn)
	}
	return s.put(ctx, s.writer, id, sn)
}

func (s *SQLStore) put(ctx context.Context, q querier, id string, sn Snippet) error {
	res, err := q.ExecContext(ctx,
		`INSERT INTO snippets (id, lang, python, code, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		id, sn.Lang, sn.Python, sn.Code, s.now().Unix())
	if err != nil {
		return fmt.Errorf("share: insert %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 1 {
		return nil
	}
	// Already there (or the driver cannot tell): it must be the same snippet.
	old, err := s.get(ctx, q, id)
	if err != nil {
		return err
	}
	if old != sn {
		return ErrCollision
	}
	return nil
}

// Get implements Store.
func (s *SQLStore) Get(ctx context.Context, id string) (Snippet, error) {
	return s.get(ctx, s.reader, id)
}

func (s *SQLStore) get(ctx context.Context, q querier, id string) (Snippet, error) {
	var sn Snippet
	err := q.QueryRowContext(ctx, `SELECT lang, python, code FROM snippets WHERE id = ?`, id).
		Scan(&sn.Lang, &sn.Python, &sn.Code)
	if errors.Is(err, sql.ErrNoRows) {
		return Snippet{}, ErrNotFound
	}
	if err != nil {
		return Snippet{}, fmt.Errorf("share: select %s: %w", id, err)
	}
	return sn, nil
}

// Close finishes the writes in progress and closes the store's databases.
func (s *SQLStore) Close() error {
	if s.batch != nil {
		s.batch.close()
	}
	err := s.writer.Close()
	if s.reader != s.writer {
		err = errors.Join(err, s.reader.Close())
	}
	return err
}
