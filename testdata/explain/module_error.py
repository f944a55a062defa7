# explain: raise@7#-1 uncaught@10#-1
# findings: -
import asyncio


def parse(text):
    return int(text)


print(parse("12a"))
