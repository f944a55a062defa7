# Changing a dict's size while iterating over it is an error.
stock = {"apples": 0, "pears": 3, "plums": 0}
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)
stock = {"a": 1, "b": 2}
for k in stock:
    stock[k + "!"] = 0
