b = "héllo".encode()
print(b, b.decode(), b.hex(), len(b), b.upper(), b.split(b"l"), b"-".join([b"a", b"b"]), b.startswith(b"h"), b[0], b[1:3], list(b"ab"), bytes([65, 66]), b == b"h\xc3\xa9llo")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
