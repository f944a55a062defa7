# __repr__ and __str__, and where each is used.
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


m = Money(12.5)
print(m)
print(repr(m))
print([m, Money(3, "USD")])
print(f"{m} / {m!r}")
print(str(OnlyRepr()), [OnlyRepr()], {"k": OnlyRepr()})
print(str([1, "a"]), repr("it's"), repr('say "hi"'))
