package asyncio

import (
	"taskline/engine/py/eval"
)

// Native classes. They are shared by every interpreter; an instance finds
// its interpreter's state through the loop it belongs to. Exception classes
// differ by modelled version (3.7's CancelledError is
// concurrent.futures._base.CancelledError, an Exception), so there is one
// set per version.

var (
	futureClass          = eval.NewClass("Future", "_asyncio")
	taskClass            = eval.NewClass("Task", "_asyncio", futureClass)
	gatheringFutureClass = eval.NewClass("_GatheringFuture", "asyncio.tasks", futureClass)
	futureIterClass      = eval.NewClass("FutureIter", "_asyncio")
	handleClass          = eval.NewClass("Handle", "asyncio.events")
	timerHandleClass     = eval.NewClass("TimerHandle", "asyncio.events", handleClass)
	loopClass            = eval.NewClass("_UnixSelectorEventLoop", "asyncio.unix_events")
	eventClass           = eval.NewClass("Event", "asyncio.locks")
	lockClass            = eval.NewClass("Lock", "asyncio.locks")
	conditionClass       = eval.NewClass("Condition", "asyncio.locks")
	semaphoreClass       = eval.NewClass("Semaphore", "asyncio.locks")
	boundedSemClass      = eval.NewClass("BoundedSemaphore", "asyncio.locks", semaphoreClass)
	queueClass           = eval.NewClass("Queue", "asyncio.queues")
	priorityQueueClass   = eval.NewClass("PriorityQueue", "asyncio.queues", queueClass)
	lifoQueueClass       = eval.NewClass("LifoQueue", "asyncio.queues", queueClass)
	timeoutClass         = eval.NewClass("Timeout", "asyncio.timeouts")
	taskGroupClass       = eval.NewClass("TaskGroup", "asyncio.taskgroups")
	asCompletedClass     = eval.NewClass("generator", "builtins")
	// asCompletedIteratorClass is 3.13's as_completed() result.
	asCompletedIteratorClass = eval.NewClass("_AsCompletedIterator", "asyncio.tasks")
)

// excClasses are the exception classes of one version.
type excClasses struct {
	cancelled, timeout, invalidState, queueEmpty, queueFull *eval.Class
	futuresError                                            *eval.Class // 3.7: concurrent.futures._base.Error
}

var exc311, exc38, exc37 *excClasses

func init() {
	// The C accelerator's types name themselves with their module.
	for _, c := range []*eval.Class{futureClass, taskClass, futureIterClass} {
		c.TpName = "_asyncio." + c.Name
	}
	exc311 = &excClasses{
		cancelled:    eval.NewExceptionClass("CancelledError", "asyncio.exceptions", eval.BaseExceptionClass),
		timeout:      eval.TimeoutErrorClass,
		invalidState: eval.NewExceptionClass("InvalidStateError", "asyncio.exceptions", eval.ExceptionClass),
		queueEmpty:   eval.NewExceptionClass("QueueEmpty", "asyncio.queues", eval.ExceptionClass),
		queueFull:    eval.NewExceptionClass("QueueFull", "asyncio.queues", eval.ExceptionClass),
	}
	// 3.8 to 3.10: CancelledError as in 3.11, but asyncio.TimeoutError is
	// a class of asyncio's own (3.11 made it the builtin TimeoutError).
	exc38 = &excClasses{
		cancelled:    exc311.cancelled,
		timeout:      eval.NewExceptionClass("TimeoutError", "asyncio.exceptions", eval.ExceptionClass),
		invalidState: exc311.invalidState,
		queueEmpty:   exc311.queueEmpty,
		queueFull:    exc311.queueFull,
	}
	base := eval.NewExceptionClass("Error", "concurrent.futures._base", eval.ExceptionClass)
	exc37 = &excClasses{
		futuresError: base,
		cancelled:    eval.NewExceptionClass("CancelledError", "concurrent.futures._base", base),
		timeout:      eval.NewExceptionClass("TimeoutError", "concurrent.futures._base", base),
		invalidState: eval.NewExceptionClass("InvalidStateError", "asyncio.base_futures", base),
		queueEmpty:   eval.NewExceptionClass("QueueEmpty", "asyncio.queues", eval.ExceptionClass),
		queueFull:    eval.NewExceptionClass("QueueFull", "asyncio.queues", eval.ExceptionClass),
	}
	defineFutureMethods()
	defineTaskMethods()
	defineLoopMethods()
	defineSyncMethods()
	defineQueueMethods()
	defineContextClasses()
}
