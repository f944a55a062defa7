# want-exit: 1
# want-stderr: \nOverflowError: timestamp too large to convert to C _PyTime_t\n$
import time
time.sleep(10**300)
