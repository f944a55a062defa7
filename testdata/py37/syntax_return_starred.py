# Unparenthesised starred items after return came in 3.8.
def pack(first, rest):
    return (first, *rest)


def pack2(first, rest):
    return first, *rest


print(pack(1, [2, 3]))
