# In 3.7 asyncio.CancelledError is concurrent.futures' CancelledError, an
# Exception subclass; TimeoutError and InvalidStateError are its siblings.
import asyncio
import concurrent.futures

print(asyncio.CancelledError is concurrent.futures.CancelledError)
print(asyncio.CancelledError.__module__, asyncio.CancelledError.__name__)
print([c.__name__ for c in asyncio.CancelledError.__mro__])
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is concurrent.futures.TimeoutError, issubclass(asyncio.TimeoutError, TimeoutError))
print([c.__name__ for c in asyncio.InvalidStateError.__mro__])
print(repr(asyncio.CancelledError()), repr(asyncio.TimeoutError()))
