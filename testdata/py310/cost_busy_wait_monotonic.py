# Busy-waiting on time.monotonic() without asyncio: the loop's own work
# moves the clock, so it ends after 0.01 s as it does in CPython.
import time

t0 = time.monotonic()
n = 0
while time.monotonic() - t0 < 0.01:
    n += 1
print("waited at least 0.01 s:", time.monotonic() - t0 >= 0.01, "after", "many" if n > 100 else "few", "checks")
