# del of a missing attribute: 3.7 reports only the name.
class A: pass
for o in (A(), ValueError(), lambda: 0, A):
    try:
        del o.x
    except AttributeError as e:
        print(repr(e))
