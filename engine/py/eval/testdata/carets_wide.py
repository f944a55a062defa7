# An uncaught error under a line with wide characters.
words = {"日本": "にほん"}
print(words["日本"] + words["東京"])
