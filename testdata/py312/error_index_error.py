# IndexError from a list and from a string.
letters = ["a", "b", "c"]
print(letters[-1])
try:
    letters[3]
except IndexError as e:
    print("IndexError:", e)
word = "hi"
print(word[5])
