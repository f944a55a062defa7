# want-exit: 1
# want-stderr: \nValueError: Invalid value NaN \(not a number\)\n$
import time
time.sleep(float("nan"))
