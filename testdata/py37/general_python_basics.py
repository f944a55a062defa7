# General Python under 3.7: classes, f-strings, comprehensions, sorting.
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"


items = [Item("pen", 1.5), Item("book", 12.0), Item("cup", 4.25)]
print(sorted(items, key=lambda i: i.price, reverse=True))
print({i.name: f"{i.price:.2f}" for i in items})
print(sum(i.price for i in items), max(items, key=lambda i: i.price).name)
print(f"{2 ** 70:,}", round(2.5), divmod(-7, 2), "a,b".split(","))
