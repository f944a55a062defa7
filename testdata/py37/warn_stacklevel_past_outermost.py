# warnings.warn with a stacklevel past the outermost frame: CPython
# attributes the warning to the sys module, printed "sys:1:" up to 3.12 and
# "<sys>:0:" from 3.13.
import warnings


def deep():
    warnings.warn("far away", stacklevel=5)


deep()
warnings.warn("near", stacklevel=1)
print("ok")
