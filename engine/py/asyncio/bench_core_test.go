package asyncio

import "testing"

// Benchmarks of the loop itself, with coroutines written in Go: what the
// scheduler costs per task step, apart from the evaluator.

// BenchmarkGatherSleep0 is a gather of 5,000 tasks that each take 10
// sleep(0) steps.
func BenchmarkGatherSleep0(b *testing.B) {
	for i := 0; i < b.N; i++ {
		tl := newTestLoop(false)
		l := tl.Loop
		main := tl.spawn("", func(y yielder) (Value, error) {
			futs := make([]*Future, 5000)
			for k := range futs {
				futs[k] = &tl.spawn("", func(y yielder) (Value, error) {
					for s := 0; s < 10; s++ {
						if _, err := l.sleep(y, 0, none); err != nil {
							return nil, err
						}
					}
					return none, nil
				}).Future
			}
			return await(y, l.gather(futs, false))
		})
		if err := tl.run(&main.Future); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQueuePipeline moves 250,000 items from one producer to three
// consumers through a bounded queue.
func BenchmarkQueuePipeline(b *testing.B) {
	for i := 0; i < b.N; i++ {
		tl := newTestLoop(false)
		l := tl.Loop
		main := tl.spawn("", func(y yielder) (Value, error) {
			q := l.newQueue(fifoQueue, 100)
			var consumers []*Future
			for c := 0; c < 3; c++ {
				consumers = append(consumers, &tl.spawn("", func(y yielder) (Value, error) {
					for {
						v, err := q.get(y)
						if err != nil {
							return nil, err
						}
						q.taskDone()
						if v == nil {
							return none, nil
						}
					}
				}).Future)
			}
			for k := 0; k < 250000; k++ {
				if err := q.put(y, k); err != nil {
					return nil, err
				}
			}
			for c := 0; c < 3; c++ {
				q.put(y, nil)
			}
			return await(y, l.gather(consumers, false))
		})
		if err := tl.run(&main.Future); err != nil {
			b.Fatal(err)
		}
	}
}
