# and/or/any/all short-circuit: later operands are never evaluated.
calls = []


def check(name, result):
    calls.append(name)
    return result


print(check("a", False) and check("b", True), calls)
calls.clear()
print(check("a", True) or check("b", True), calls)
calls.clear()
print(any(check(n, n == "y") for n in "xyz"), calls)
calls.clear()
print(all(check(n, n != "y") for n in "xyz"), calls)
calls.clear()
x = 5
print(0 < check("mid", x) < 10, calls)
