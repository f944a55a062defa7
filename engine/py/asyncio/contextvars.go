package asyncio

// Tasks and contextvars: a Task copies the context current when it is
// made (or takes create_task's context=) and runs every step in it, so a
// ContextVar set inside one task is not seen by its parent or siblings.

func (h pyHost) copyContext() Value { return h.in().CopyContext() }

func (h pyHost) swapContext(ctx Value) Value {
	if ctx == nil {
		return nil
	}
	return h.in().SwapContext(toValue(ctx))
}
