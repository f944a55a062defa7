# "cannot import name" names the file the module was loaded from (a standard
# install's /usr/lib/python3.X/...), or "unknown location" for a module built
# into the interpreter; 3.12+ add a "Did you mean" when a name is close.
import sys

try:
    from asyncio import gathr
except ImportError as e:
    print(e, file=sys.stderr)
try:
    from random import randnt
except ImportError as e:
    print(e, file=sys.stderr)
try:
    from concurrent.futures import ThreadPool
except ImportError as e:
    print(e, file=sys.stderr)
try:
    from time import slep
except ImportError as e:
    print(e, file=sys.stderr)
from asyncio import gathr
