package asyncio

import "taskline/engine/py/eval"

// Eager tasks (3.12): with loop.set_task_factory(asyncio.eager_task_factory)
// a task's first step runs inside the call that creates it
// (Task.__eager_start): create_task() returns a task that has already run
// up to its first real suspension, or finished. The factories modelled are
// asyncio.eager_task_factory and create_eager_task_factory(asyncio.Task);
// another constructor or factory stops as not supported.

// defineEager defines eager_task_factory and create_eager_task_factory.
func (st *state) defineEager(m *eval.Module) {
	st.eagerFactories = map[eval.Value]bool{}
	m.Dict["eager_task_factory"] = st.newEagerFactory("factory")
	st.def(m, "create_eager_task_factory", "custom_task_constructor", func(in *eval.Interp, a []eval.Value) (eval.Value, error) {
		if a[0] != eval.Value(taskClass) {
			return nil, in.NotModelled("create_eager_task_factory with a task constructor other than asyncio.Task")
		}
		return st.newEagerFactory("create_eager_task_factory.<locals>.factory"), nil
	})
}

// newEagerFactory is create_eager_task_factory(Task)'s factory(loop, coro,
// *, name=None, context=None): Task(coro, loop=loop, name=name,
// eager_start=True).
func (st *state) newEagerFactory(name string) eval.Value {
	p := parseSpec("factory", "loop,coro|*name,context")
	f := &pyFunction{eval.NewBuiltin(name, func(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		a, err := p.bind(args, kw)
		if err != nil {
			return nil, err
		}
		lo, ok := a[0].(*pyLoop)
		if !ok {
			return nil, in.NotModelled("a task factory called with a loop that is not asyncio's")
		}
		tname := ""
		if !isNone(a[2]) {
			if tname, err = in.ToStr(a[2]); err != nil {
				return nil, err
			}
		}
		if !lo.l.running {
			return nil, in.NotModelled("an eager task factory called outside its running loop")
		}
		t, err := st.createTaskEager(lo.l, a[1], tname, true)
		if err != nil {
			return nil, err
		}
		return st.obj(&t.Future), nil
	})}
	st.eagerFactories[f] = true
	return f
}

func (st *state) isEagerFactory(v eval.Value) bool { return st.eagerFactories[v] }

// eagerStart is Task.__eager_start: the new task's first step runs now,
// nested in the running one's, with current_task() the new task; the
// running task is current again when it returns.
func (l *Loop) eagerStart(t *Task) error {
	prev := l.current
	err := t.step(nil)
	l.current = prev
	return err
}
