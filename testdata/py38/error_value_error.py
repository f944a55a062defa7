# An uncaught ValueError from int().
def parse_port(text):
    return int(text)


print(parse_port("8080"))
print(parse_port("eighty"))
