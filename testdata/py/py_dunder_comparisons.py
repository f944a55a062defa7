# __eq__ and __lt__ let instances compare and sort.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("2.0") == Version("2.0"), Version("2.0") != Version("2.1"))
print(Version("1.0") in vs, Version("1.2") in vs)
