# Lines with trailing whitespace: the traceback module strips it (and
# shifts its carets left by as much), the interpreter's printer keeps it.
import traceback


def f(x):
    return x + 1   


try:
    f("a")  
except TypeError:
    traceback.print_exc()
items = {}
print(items["k"])   	
