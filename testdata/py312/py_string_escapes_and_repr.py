# String literals, escapes and their reprs.
print("tab:\t|", "newline repr:", repr("a\nb"), repr("tab\t"), repr("\\"))
print(len("\n"), len(r"\n"), r"raw\nstring", "unicode: \u00e9 \u03b1")
print("multi" "part" " literal", """triple
quoted""")
print(repr("quote's"), repr('both \' and "'), repr("\x00\x7f"), "é".upper())
print("αβγ"[1], len("αβγ"), "naïve".upper(), "caf\u00e9" == "café")
