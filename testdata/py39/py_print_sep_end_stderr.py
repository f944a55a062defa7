# print's sep, end and file arguments; text printed to stderr is not stdout.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print(1, 2.5, None, True, [1], sep=" | ")
print("to stderr", file=sys.stderr)
print(*range(5), sep=",")
print("warning: disk almost full", file=sys.stderr)
print("done")
