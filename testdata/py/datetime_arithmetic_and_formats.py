# datetime: timedelta arithmetic, date and datetime with isoformat, str,
# repr and strftime, timezone.utc, comparisons and an invalid date.
from datetime import datetime, date, timedelta, timezone
d = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(d, repr(d), d.total_seconds(), -d, d * 2, d / 3, d // timedelta(hours=1), str(timedelta(0)), repr(timedelta(0)))
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(days=2) > d)
dt = datetime(2024, 2, 28, 23, 59, 30, 250000)
print(dt, repr(dt), dt.isoformat(), dt + timedelta(seconds=45), dt + timedelta(days=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %I%p %w %%"))
print(datetime(2024, 3, 1) - dt, (datetime(2024, 3, 1) - dt).total_seconds())
print(date(2024, 12, 31) + timedelta(days=1), date(2024, 3, 1) - date(2024, 2, 1), date(2000,1,1).weekday())
u = datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.timestamp(), datetime.fromtimestamp(1700000000, timezone.utc))
print(f"{date(2024, 5, 6):%d/%m/%Y}", date(2024, 5, 6).isoformat(), repr(date(2024,5,6)))
print(datetime(2024,1,1).isoformat(timespec="milliseconds"), datetime(2024,1,1) < datetime(2024,1,2))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(sorted([datetime(2024,1,3), datetime(2024,1,1)]))
