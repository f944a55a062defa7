# NameError and AttributeError texts in 3.7 (no "Did you mean").
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
try:
    "x".nope()
except AttributeError as e:
    print("AttributeError:", e)
total = 1
print(totl)
