# __str__ and __repr__ must return strings; errors in __init__ propagate.
class BadStr:
    def __str__(self):
        return 42


class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance: {balance}")
        self.balance = balance


print(Account(10).balance)
try:
    Account(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(BadStr())
