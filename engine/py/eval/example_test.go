package eval_test

import (
	"fmt"

	"taskline/engine"
	"taskline/engine/py/eval"
	"taskline/engine/py/syntax"
	"taskline/engine/trace"
)

// A native module with a function that parses its arguments and a class
// with a method and a property, as engine/py/asyncio defines its own.
func ExampleRegisterModule() {
	counterClass := eval.NewClass("Counter", "tally")
	type counter struct {
		eval.Object
		n int64
	}
	counterClass.DefMethod("add", func(in *eval.Interp, self eval.Value, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		var by int64 = 1
		if err := eval.UnpackArgs("add", args, kw, "by?", &by); err != nil {
			return nil, err
		}
		c := self.(*counter)
		c.n += by
		return eval.MakeInt(c.n), nil
	})
	counterClass.DefProperty("value", func(in *eval.Interp, self eval.Value) (eval.Value, error) {
		return eval.MakeInt(self.(*counter).n), nil
	}, nil)
	counterClass.New = func(in *eval.Interp, cls *eval.Class, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
		var start int64
		if err := eval.UnpackArgs("Counter", args, kw, "start?", &start); err != nil {
			return nil, err
		}
		return &counter{Object: eval.Object{Class: cls}, n: start}, nil
	}
	eval.RegisterModule("tally", func(in *eval.Interp) (*eval.Module, error) {
		m := eval.NewModule("tally")
		m.Dict["Counter"] = counterClass
		m.Dict["fail"] = eval.NewBuiltin("fail", func(in *eval.Interp, args []eval.Value, kw []eval.Kwarg) (eval.Value, error) {
			var msg string
			if err := eval.UnpackArgs("fail", args, kw, "msg", &msg); err != nil {
				return nil, err
			}
			return nil, eval.Errorf(eval.ValueErrorClass, "%s", msg)
		})
		return m, nil
	})

	tr := engine.Run(`
import tally
c = tally.Counter(10)
c.add()
print(c.add(by=5), c.value)
try:
    tally.fail("boom")
except ValueError as e:
    print("caught", repr(e))
c.add("x")
`, engine.Options{Lang: "python"})
	fmt.Print(tr.Outcome.Stdout)
	fmt.Println(tr.Outcome.Error.Line)
	// Output:
	// 16 16
	// caught ValueError('boom')
	// TypeError: 'str' object cannot be interpreted as an integer
}

// Driving a coroutine from Go with the generator protocol, as an event
// loop's Task does: each Send runs it to its next suspension.
func ExampleGenerator_Send() {
	src := `
class Ready:
    def __await__(self):
        got = yield "waiting"
        return got * 2

async def job(x):
    y = await Ready()
    return x + y
`
	f, err := syntax.ParseFile("main.py", []byte(src), "3.11")
	if err != nil {
		panic(err)
	}
	prog, err := eval.Compile(f)
	if err != nil {
		panic(err)
	}
	in := eval.NewInterp(trace.NewRecorder("python", "cpython-3.11", "main.py", func() int64 { return 0 }), "main.py", src, "3.11")
	if err := in.Exec(prog); err != nil {
		panic(err)
	}
	job, _ := in.Main().Get("job")
	coro, _ := in.Call(job, []eval.Value{eval.MakeInt(1)}, nil)
	g := coro.(*eval.Generator)
	out, done, err := g.Send(in, eval.None)
	fmt.Println(out, done, err)
	out, done, err = g.Send(in, eval.MakeInt(20))
	fmt.Println(out, done, err)
	_, _, err = g.Send(in, eval.None)
	fmt.Println(err)
	in.Shutdown()
	// Output:
	// waiting false <nil>
	// 41 true <nil>
	// RuntimeError: cannot reuse already awaited coroutine
}
