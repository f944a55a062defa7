package asyncio

import "taskline/engine/py/eval"

// defineSince311 adds to the asyncio module what CPython 3.11 brought and
// Taskline models outside the 3.7 code paths: Runner, Barrier and
// BrokenBarrierError.
func (st *state) defineSince311(in *eval.Interp, m *eval.Module) {
	if in.Minor() < 11 {
		return
	}
	m.Dict["Runner"] = runnerClass
	m.Dict["Barrier"] = barrierClass
	m.Dict["BrokenBarrierError"] = brokenBarrierClass
	st.defineQueueShutdown(in, m)
}

// Attributes CPython's asyncio classes have and Taskline's lack (say
// Queue.shutdown in 3.13) stop the run as not supported; see eval's
// limits.go.
func init() {
	for _, c := range []struct {
		cls  *eval.Class
		name string
	}{
		{queueClass, "Queue"}, {lifoQueueClass, "Queue"}, {priorityQueueClass, "Queue"},
		{eventClass, "Event"}, {lockClass, "Lock"}, {conditionClass, "Condition"},
		{semaphoreClass, "Semaphore"}, {boundedSemClass, "Semaphore"},
		{futureClass, "Future"}, {taskClass, "Task"}, {taskGroupClass, "TaskGroup"},
		{timeoutClass, "Timeout"}, {runnerClass, "Runner"}, {barrierClass, "Barrier"},
	} {
		key := "asyncio." + c.name
		c.cls.AttrNotModelled = func(in *eval.Interp, name string) error { return in.ClassAttrNotModelled(key, name) }
	}
}
