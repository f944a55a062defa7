# Integer and float division by zero, the second one uncaught.
def ratio(a, b):
    return a / b


try:
    print(10 // 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(10 % 0)
except ZeroDivisionError as e:
    print("caught:", e)
print(ratio(1.5, 0.0))
