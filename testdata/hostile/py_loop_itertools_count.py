# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 16MB
import itertools
list(itertools.count())
