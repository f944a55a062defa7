# A starred item in a subscript came in 3.11.
table = {(1, 2): "x"}
key = [1, 2]
print(table[*key])
