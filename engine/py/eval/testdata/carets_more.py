# Caret lines for stores, unpacking, deletions, displays, f-strings,
# comprehensions, conditions and awaits, through traceback.print_exc.
import traceback, asyncio


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
def store_item():
    t = (1,); t[0] = 2
def loop():
    for i in 5:
        pass
def unpack():
    a, b = [1, 2, 3]
def comp():
    return [x + 1 for x in "ab"]
def genexp():
    return sum(x + 1 for x in "ab")
def fstr():
    return f"{'a':d}"
def chained():
    return 1 < "a" < 3
def unary():
    return -"a"
def delitem():
    d = {}; del d["k"]
def lam():
    f = lambda y: y + 1
    return f("s")
def with_stmt():
    with 5:
        pass
def iterate_call():
    return list(map(int, ["a"]))
def call_none():
    x = None
    x()
def await_err():
    async def boom(): raise ValueError("v")
    async def main(): return await boom()
    asyncio.run(main())
def dict_disp():
    return {[]: 1}
def cond_expr():
    return 1 if [] < 1 else 2
def boolop():
    return [] or 1 + "a"
def ret_sub():
    x = [1]; return x[1] + x[0]
for f in [store_item, loop, unpack, comp, genexp, fstr, chained, unary, delitem, lam, with_stmt, iterate_call, call_none, await_err, dict_disp, cond_expr, boolop, ret_sub]:
    show(f)
