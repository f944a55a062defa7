# A bare `x := 1` reads as an annotated assignment to 3.7 until the '='.
print("start")
x := 1
