package share

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// MaxBatch bounds how many writes share one transaction.
const MaxBatch = 256

// ErrClosed reports a write to a closed store.
var ErrClosed = errors.New("share: store is closed")

// A batcher commits concurrent writes together: one goroutine takes every
// write waiting at that moment into one transaction, so that under load
// many shares cost one commit (one fsync) instead of one each. A lone
// write is committed at once, as before.
type batcher struct {
	db   *sql.DB
	put  func(ctx context.Context, q querier, id string, sn Snippet) error
	reqs chan *putReq
	quit chan struct{}
	stop sync.Once
	done sync.WaitGroup
}

type putReq struct {
	ctx  context.Context
	id   string
	sn   Snippet
	errc chan error
}

// querier is what a write needs from a *sql.DB or a *sql.Tx.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func newBatcher(db *sql.DB, put func(context.Context, querier, string, Snippet) error) *batcher {
	b := &batcher{db: db, put: put, reqs: make(chan *putReq), quit: make(chan struct{})}
	b.done.Add(1)
	go b.loop()
	return b
}

// Put queues a write and waits for its commit.
func (b *batcher) Put(ctx context.Context, id string, sn Snippet) error {
	r := &putReq{ctx: ctx, id: id, sn: sn, errc: make(chan error, 1)}
	select {
	case b.reqs <- r:
	case <-b.quit:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	// Once taken, the write is committed or fails as a whole batch; the
	// answer is waited for even if the client has gone, so that the
	// store never reports a write it did not make.
	return <-r.errc
}

func (b *batcher) loop() {
	defer b.done.Done()
	for {
		var batch []*putReq
		select {
		case r := <-b.reqs:
			batch = append(batch, r)
		case <-b.quit:
			return
		}
	more:
		for len(batch) < MaxBatch {
			select {
			case r := <-b.reqs:
				batch = append(batch, r)
			default:
				break more
			}
		}
		b.commit(batch)
	}
}

// commit writes a batch in one transaction. A collision fails only its
// own write; an error of the transaction fails them all.
func (b *batcher) commit(batch []*putReq) {
	errs := make([]error, len(batch))
	err := func() error {
		ctx := context.Background()
		tx, err := b.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for i, r := range batch {
			err := b.put(ctx, tx, r.id, r.sn)
			if err != nil && !errors.Is(err, ErrCollision) {
				return err
			}
			errs[i] = err
		}
		return tx.Commit()
	}()
	for i, r := range batch {
		if err != nil {
			r.errc <- fmt.Errorf("share: commit of %d writes: %w", len(batch), err)
		} else {
			r.errc <- errs[i]
		}
	}
}

// close stops the loop after the batch in progress.
func (b *batcher) close() {
	b.stop.Do(func() { close(b.quit) })
	b.done.Wait()
}
