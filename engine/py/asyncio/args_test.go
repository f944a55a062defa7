package asyncio

import (
	"testing"

	"taskline/engine/py/eval"
)

// TestBindErrors checks the argument errors against CPython's wording.
func TestBindErrors(t *testing.T) {
	one := []eval.Value{eval.Int(1)}
	two := []eval.Value{eval.Int(1), eval.Int(2)}
	three := []eval.Value{eval.Int(1), eval.Int(2), eval.Int(3)}
	method := parseSpec("Event.wait", "")
	method.method = true
	for _, c := range []struct {
		p    *params
		args []eval.Value
		kw   []eval.Kwarg
		want string
	}{
		{parseSpec("sleep", "delay|result,*loop"), nil, nil, "sleep() missing 1 required positional argument: 'delay'"},
		{parseSpec("sleep", "delay|result,*loop"), three, nil, "sleep() takes from 1 to 2 positional arguments but 3 were given"},
		{parseSpec("wait_for", "fut,timeout|*loop"), nil, nil, "wait_for() missing 2 required positional arguments: 'fut' and 'timeout'"},
		{parseSpec("Handle.__init__", "callback,args,loop|context"), nil, nil, "Handle.__init__() missing 3 required positional arguments: 'callback', 'args', and 'loop'"},
		{parseSpec("shield", "arg"), two, nil, "shield() takes 1 positional argument but 2 were given"},
		{parseSpec("create_task", "coro|*name,context"), one, []eval.Kwarg{{Name: "nam", Value: eval.None}}, "create_task() got an unexpected keyword argument 'nam'"},
		{parseSpec("create_task", "coro|*name,context"), one, []eval.Kwarg{{Name: "coro", Value: eval.None}}, "create_task() got multiple values for argument 'coro'"},
		{method, one, nil, "Event.wait() takes 1 positional argument but 2 were given"},
	} {
		_, err := c.p.bind(c.args, c.kw)
		e, ok := err.(*eval.Exception)
		if !ok || e.Class != eval.TypeErrorClass || len(e.Args) != 1 || e.Args[0] != eval.Str(c.want) {
			t.Errorf("%s: got %v, want TypeError(%q)", c.p.fn, err, c.want)
		}
	}
	a, err := parseSpec("create_task", "coro|*name,context").bind(one, []eval.Kwarg{{Name: "name", Value: eval.Str("x")}})
	if err != nil || len(a) != 3 || a[0] != eval.Int(1) || a[1] != eval.Str("x") || a[2] != nil {
		t.Errorf("bind: got %v, %v", a, err)
	}
}
