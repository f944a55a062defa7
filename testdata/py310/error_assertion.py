# A failed assert with and without a message.
def check(x):
    assert x >= 0, f"negative value: {x}"
    return x


try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e))
print(check(4))
check(-2)
