# KeyError with a tuple key and with a string that needs quotes.
d = {("a", 1): "x"}
try:
    d[("b", 2)]
except KeyError as e:
    print("caught", repr(e), str(e))
print({}.get("missing", "default"))
d["it's"]
