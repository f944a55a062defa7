package asyncio

// Queue is asyncio.Queue, LifoQueue and PriorityQueue (queues.py; the same
// in 3.7 and 3.11). Getters and putters wait on futures in FIFO order.
type Queue struct {
	loop       *Loop
	bind       loopBinding
	kind       queueKind
	maxsize    int
	items      []Value // FIFO: items[head:]; LIFO and priority: the slice
	head       int
	getters    futQueue
	putters    futQueue
	unfinished int
	finished   *Event
	less       func(a, b Value) (bool, error) // PriorityQueue: Python's <
	isShutdown bool                           // 3.13's shutdown() was called (queueshutdown.go)
}

type queueKind uint8

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
)

func (l *Loop) newQueue(kind queueKind, maxsize int) *Queue {
	q := &Queue{loop: l, kind: kind, maxsize: maxsize, finished: &Event{loop: l}}
	q.finished.set()
	return q
}

func (q *Queue) qsize() int  { return len(q.items) - q.head }
func (q *Queue) empty() bool { return q.qsize() == 0 }
func (q *Queue) full() bool  { return q.maxsize > 0 && q.qsize() >= q.maxsize }

func (q *Queue) wakeupNext(waiters *futQueue) {
	for waiters.len() > 0 {
		w := waiters.popleft()
		if !w.done() {
			w.setResult(q.loop.rt.none())
			break
		}
	}
}

// errQueueFull and errQueueEmpty are turned into QueueFull / QueueEmpty.
type queueErr struct{ full bool }

func (e *queueErr) Error() string {
	if e.full {
		return "QueueFull"
	}
	return "QueueEmpty"
}

func (q *Queue) put(y yielder, item Value) error {
	for q.full() {
		if q.isShutdown {
			return errQueueShutDown
		}
		l, err := q.bind.get(&q.loop)
		if err != nil {
			return err
		}
		putter := l.newFuture()
		putter.label = "Queue.put()"
		q.putters.append(putter)
		if _, err := putter.await(y); err != nil {
			putter.cancel(nil)
			q.putters.remove(putter)
			if !q.full() && !putter.cancelled() {
				q.wakeupNext(&q.putters)
			}
			return err
		}
	}
	return q.putNowait(item)
}

func (q *Queue) putNowait(item Value) error {
	if q.isShutdown {
		return errQueueShutDown
	}
	if q.full() {
		return &queueErr{full: true}
	}
	if err := q.push(item); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	q.wakeupNext(&q.getters)
	return nil
}

func (q *Queue) get(y yielder) (Value, error) {
	for q.empty() {
		if q.isShutdown {
			return nil, errQueueShutDown
		}
		l, err := q.bind.get(&q.loop)
		if err != nil {
			return nil, err
		}
		getter := l.newFuture()
		getter.label = "Queue.get()"
		q.getters.append(getter)
		if _, err := getter.await(y); err != nil {
			getter.cancel(nil)
			q.getters.remove(getter)
			if !q.empty() && !getter.cancelled() {
				q.wakeupNext(&q.getters)
			}
			return nil, err
		}
	}
	return q.getNowait()
}

func (q *Queue) getNowait() (Value, error) {
	if q.empty() {
		if q.isShutdown {
			return nil, errQueueShutDown
		}
		return nil, &queueErr{}
	}
	item, err := q.pop()
	if err != nil {
		return nil, err
	}
	q.wakeupNext(&q.putters)
	return item, nil
}

// taskDone returns false if called too many times.
func (q *Queue) taskDone() bool {
	if q.unfinished <= 0 {
		return false
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.set()
	}
	return true
}

func (q *Queue) join(y yielder) error {
	if q.unfinished > 0 {
		return q.finished.wait(y)
	}
	return nil
}

func (q *Queue) push(item Value) error {
	switch q.kind {
	case priorityQueue:
		// heapq.heappush
		q.items = append(q.items, item)
		return q.siftdown(0, len(q.items)-1)
	case fifoQueue:
		if q.head > 0 && q.head*2 >= len(q.items) {
			n := copy(q.items, q.items[q.head:])
			clear(q.items[n:])
			q.items, q.head = q.items[:n], 0
		}
	}
	q.items = append(q.items, item)
	return nil
}

func (q *Queue) pop() (Value, error) {
	switch q.kind {
	case fifoQueue:
		v := q.items[q.head]
		q.items[q.head] = nil
		q.head++
		if q.head == len(q.items) {
			q.items, q.head = q.items[:0], 0
		}
		return v, nil
	case lifoQueue:
		n := len(q.items) - 1
		v := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return v, nil
	}
	// heapq.heappop
	n := len(q.items) - 1
	last := q.items[n]
	q.items[n] = nil
	q.items = q.items[:n]
	if n == 0 {
		return last, nil
	}
	top := q.items[0]
	q.items[0] = last
	return top, q.siftup(0)
}

func (q *Queue) siftdown(start, pos int) error {
	a := q.items
	newitem := a[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := a[parentpos]
		lt, err := q.less(newitem, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		a[pos] = parent
		pos = parentpos
	}
	a[pos] = newitem
	return nil
}

func (q *Queue) siftup(pos int) error {
	a := q.items
	end, start := len(a), pos
	newitem := a[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			lt, err := q.less(a[child], a[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		a[pos] = a[child]
		pos = child
		child = 2*pos + 1
	}
	a[pos] = newitem
	return q.siftdown(start, pos)
}
