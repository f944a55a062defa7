# 3.7 decorators are a dotted name with an optional call; any expression is
# allowed since 3.9.
handlers = {}


def register(name):
    def deco(f):
        handlers[name] = f
        return f
    return deco


@register("a")
def a():
    pass


@[register][0]("b")
def b():
    pass
