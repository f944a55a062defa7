# want-exit: 1
# want-stderr: \nOverflowError: timestamp out of range for platform time_t\n$
import time
time.sleep(1e308)
