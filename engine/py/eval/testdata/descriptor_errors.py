for expr in ["list.append(5, 1)", "str.upper(3)", "dict.get([], 1)", "int.bit_length('x')", "BaseException.add_note(1, 'x')", "set.add((), 1)", "float.is_integer(1)"]:
    try:
        eval_result = None
        if expr == "list.append(5, 1)": list.append(5, 1)
        elif expr == "str.upper(3)": str.upper(3)
        elif expr == "dict.get([], 1)": dict.get([], 1)
        elif expr == "int.bit_length('x')": int.bit_length('x')
        elif expr == "BaseException.add_note(1, 'x')": BaseException.add_note(1, 'x')
        elif expr == "set.add((), 1)": set.add((), 1)
        else: float.is_integer(1)
    except TypeError as e:
        print(e)
class X:
    append = list.append
try:
    X().append(1)
except TypeError as e:
    print(e)
class X:
    s = slice.start
    a = BaseException.args
try:
    X().s
except TypeError as e:
    print(e)
try:
    X().a
except TypeError as e:
    print(e)
