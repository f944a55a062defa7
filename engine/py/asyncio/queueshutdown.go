package asyncio

import (
	"errors"

	"taskline/engine/py/eval"
)

// Queue.shutdown and QueueShutDown (3.13, queues.py): after shutdown, put
// raises QueueShutDown, and get does once the queue is empty (at once with
// immediate=True, which also drops the items and marks them done). Every
// blocked getter and putter is woken to look again.

var queueShutDownClass = eval.NewExceptionClass("QueueShutDown", "asyncio.queues", eval.ExceptionClass)

var errQueueShutDown = errors.New("QueueShutDown")

func (q *Queue) shutdown(immediate bool) error {
	q.isShutdown = true
	if immediate {
		for !q.empty() {
			if _, err := q.pop(); err != nil {
				return err
			}
			if q.unfinished > 0 {
				q.unfinished--
			}
		}
		if q.unfinished == 0 {
			q.finished.set()
		}
	}
	for _, w := range []*futQueue{&q.getters, &q.putters} {
		for w.len() > 0 {
			f := w.popleft()
			if !f.done() {
				f.setResult(q.loop.rt.none())
			}
		}
	}
	return nil
}

// defineQueueShutdown adds QueueShutDown to the asyncio module of 3.13+.
func (st *state) defineQueueShutdown(in *eval.Interp, m *eval.Module) {
	if in.Minor() >= 13 {
		m.Dict["QueueShutDown"] = queueShutDownClass
	}
}

func init() {
	queueClass.AddedIn("shutdown", 13)
	syncMethod(queueClass, "shutdown", "|immediate", func(in *eval.Interp, p *pySync, a []eval.Value) (eval.Value, error) {
		immediate := false
		if a[0] != nil {
			t, err := in.Truthy(a[0])
			if err != nil {
				return nil, err
			}
			immediate = t
		}
		return eval.None, p.queue.shutdown(immediate)
	})
}
