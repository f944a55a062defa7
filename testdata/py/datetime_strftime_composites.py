# The strftime directives that stand for others in the C locale (%X, %c, %F ...).
import datetime
d = datetime.datetime(2023, 11, 4, 9, 3, 7)
for f in ["%X", "%T", "%R", "%x", "%D", "%F", "%c", "%e|%Y"]:
    print(f, d.strftime(f))
