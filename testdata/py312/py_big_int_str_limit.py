# CPython 3.11 limits int<->str conversion to 4300 digits.
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print((10 ** 5000).bit_length(), (10 ** 5000) % 997)
int("9" * 5000)
