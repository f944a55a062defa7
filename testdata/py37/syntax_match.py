# In 3.7, match is an ordinary name: `match x:` is invalid syntax at `x`,
# while the name itself still works.
match = [1, 2]
print(match)
command = "go"
match command:
    case "go":
        print("going")
