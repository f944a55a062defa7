# A simple decorator that counts calls and keeps a log.
def traced(func):
    calls = []

    def wrapper(*args, **kwargs):
        calls.append(args)
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result

    wrapper.calls = calls
    return wrapper


@traced
def add(a, b):
    return a + b


@traced
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


add(2, 3)
fact(4)
print(len(add.calls), len(fact.calls), fact.calls)
