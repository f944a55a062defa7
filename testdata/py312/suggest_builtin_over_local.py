# A local one edit away and a builtin closer still: 3.13 searches one list.
def f():
    Lena = 1
    return Len("abc")


f()
