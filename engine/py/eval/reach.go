package eval

// What the program still holds at interpreter shutdown. CPython finalises
// the objects alive at exit in two waves: what only a reference cycle keeps
// (collected while the module globals are still there) and then what the
// module globals held (collected once sys.modules lets go of them). Which
// wave an object dies in shows, for instance, in "Task was destroyed but it
// is pending!" (engine/py/asyncio): whether the task's coroutine was closed
// before the task's finaliser ran. Reachable answers that question by
// walking the references from the main module's globals.

// Referrer is implemented by native values that hold Python values the
// walk must follow (an asyncio Task holds its coroutine, a loop its
// scheduled callbacks). Referents calls yield for each value v holds and
// reports false if v also holds references it cannot list (a callback
// written in Go), in which case the walk's answer is not exact.
type Referrer interface {
	Referents(yield func(Value)) bool
}

// MainGlobals returns the values of the main module's global variables.
func (in *Interp) MainGlobals() []Value {
	if in.main == nil || in.main.g == nil {
		return nil
	}
	var vs []Value
	for _, v := range in.main.g.vals {
		if v != nil {
			vs = append(vs, v)
		}
	}
	return vs
}

// Reachable walks every value reachable from roots, calling visit once for
// each value with identity (and for the others as they are met). It
// reports whether the walk was exact: false if it met a value holding
// references it cannot follow.
func Reachable(roots []Value, visit func(Value)) (exact bool) {
	exact = true
	seen := map[any]bool{}
	var stack []Value
	push := func(v Value) {
		if v == nil {
			return
		}
		switch k := v.(type) {
		case NoneType, Bool, Int, Float, Str, Bytes, *BigInt, EllipsisType:
			return
		case Tuple:
			if len(k) == 0 {
				return
			}
			// A tuple has no pointer of its own: its first element's slot
			// stands for it, so that a tuple met twice is walked once.
			if seen[&k[0]] {
				return
			}
			seen[&k[0]] = true
		default:
			if seen[v] {
				return
			}
			seen[v] = true
		}
		stack = append(stack, v)
	}
	for _, v := range roots {
		push(v)
	}
	pushFrame := func(fr *frame) {
		for ; fr != nil; fr = fr.back {
			for _, v := range fr.locals {
				push(v)
			}
			for _, c := range fr.cells {
				if c != nil {
					push(c.V)
				}
			}
			for _, v := range fr.ns {
				push(v)
			}
		}
	}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		visit(v)
		switch o := v.(type) {
		case Tuple:
			for _, e := range o {
				push(e)
			}
		case *List:
			for _, e := range o.Elems {
				push(e)
			}
		case *Dict:
			keys, vals := o.Items()
			for i := range keys {
				push(keys[i])
				push(vals[i])
			}
		case *Set:
			for _, e := range o.table {
				if e.key != nil && e.key != (dummyType{}) {
					push(e.key)
				}
			}
		case *Object:
			push(o.Class)
			if o.dict != nil {
				push(o.dict)
			}
			for _, e := range o.vals {
				push(e)
			}
		case *Class:
			for _, e := range o.Dict {
				push(e)
			}
		case *Function:
			for _, e := range o.defaults {
				push(e)
			}
			for _, e := range o.kwdefaults {
				push(e)
			}
			for _, c := range o.closure {
				if c != nil {
					push(c.V)
				}
			}
			for _, e := range o.dict {
				push(e)
			}
		case *BoundMethod:
			push(o.Self)
			push(o.Fn)
		case *Generator:
			// A suspended generator or coroutine holds its frame (and, in
			// Taskline, the frames of what it awaits inline, linked by back
			// only while they run: those are not seen).
			pushFrame(o.fr)
		case *Exception:
			for _, e := range o.Args {
				push(e)
			}
			for _, e := range o.Dict {
				push(e)
			}
		case *Module:
			for _, e := range o.Dict {
				push(e)
			}
		case Referrer:
			if !o.Referents(push) {
				exact = false
			}
		}
	}
	return exact
}
