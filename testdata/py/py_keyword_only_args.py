# Keyword-only arguments after * and defaults that are evaluated once.
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("example.org"))
print(connect("example.org", 8080, retries=0))
try:
    connect("h", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("h", timeot=1)
except TypeError as e:
    print("TypeError:", e)


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2))


def append_safe(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket


print(append_safe(1), append_safe(2))
