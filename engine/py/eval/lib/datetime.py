"""datetime: timedelta, date, datetime and timezone.utc, written for Taskline.

Arithmetic, comparisons, isoformat, str/repr and the common strftime
directives behave as in CPython. now() and today() read the virtual clock:
time.time() is the fixed epoch 1,700,000,000 (2023-11-14 22:13:20 UTC)
plus the run's virtual time, and local time is UTC. Time zones other than
timezone.utc, strptime and the rest of the module are not modelled.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ordinal(year, month, day):
    # Days since 0001-01-01, which is day 1.
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return days + day


def _from_ordinal(n):
    # The inverse of _ordinal, by whole 400-, 100-, 4- and 1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _check_date(year, month, day):
    for name, v in (("year", year), ("month", month), ("day", day)):
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
        us = round(total * 1000000 + milliseconds * 1000 + microseconds)
        self._us = us
        d, rest = divmod(us, 86400000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self.days = d
        self.seconds, self.microseconds = divmod(rest, 1000000)

    def total_seconds(self):
        return self._us / 1000000

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us - other._us)
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return self if self._us >= 0 else -self

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return timedelta(microseconds=self._us * other)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, (int, float)):
            return timedelta(microseconds=self._us / other)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta(microseconds=self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us % other._us)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us == other._us

    def __lt__(self, other):
        return self._us < other._us

    def __le__(self, other):
        return self._us <= other._us

    def __gt__(self, other):
        return self._us > other._us

    def __ge__(self, other):
        return self._us >= other._us

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self.days:
            s = "%d day%s, " % (self.days, "" if abs(self.days) == 1 else "s") + s
        if self.microseconds:
            s += ".%06d" % self.microseconds
        return s

    def __repr__(self):
        args = []
        if self.days:
            args.append("days=%d" % self.days)
        if self.seconds:
            args.append("seconds=%d" % self.seconds)
        if self.microseconds:
            args.append("microseconds=%d" % self.microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    pass


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta) or offset:
            raise NotImplementedError("time zones other than timezone.utc are not supported by Taskline")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        return "UTC" if self._name is None else self._name

    def __repr__(self):
        return "datetime.timezone.utc"

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


# The directives that stand for others in the C locale (glibc's).
_COMPOSITE = {"X": "%H:%M:%S", "T": "%H:%M:%S", "R": "%H:%M", "x": "%m/%d/%y", "D": "%m/%d/%y",
              "F": "%Y-%m-%d", "c": "%a %b %e %H:%M:%S %Y"}


def _strftime(fmt, y, mo, d, hh, mi, ss, us, wd, yday, tz):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "Y":
            out.append("%d" % y)
        elif k == "y":
            out.append("%02d" % (y % 100))
        elif k == "m":
            out.append("%02d" % mo)
        elif k == "d":
            out.append("%02d" % d)
        elif k == "H":
            out.append("%02d" % hh)
        elif k == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "M":
            out.append("%02d" % mi)
        elif k == "S":
            out.append("%02d" % ss)
        elif k == "f":
            out.append("%06d" % us)
        elif k == "a":
            out.append(_DAYNAMES[wd])
        elif k == "A":
            out.append(_FULLDAYS[wd])
        elif k == "b":
            out.append(_MONTHNAMES[mo])
        elif k == "B":
            out.append(_FULLMONTHS[mo])
        elif k == "j":
            out.append("%03d" % yday)
        elif k == "w":
            out.append("%d" % ((wd + 1) % 7))
        elif k == "z":
            out.append("" if tz is None else "+0000")
        elif k == "Z":
            out.append("" if tz is None else tz.tzname(None))
        elif k == "e":
            out.append("%2d" % d)
        elif k in _COMPOSITE:
            out.append(_strftime(_COMPOSITE[k], y, mo, d, hh, mi, ss, us, wd, yday, tz))
        elif k == "%":
            out.append("%")
        else:
            raise NotImplementedError("strftime directive %%%s is not supported by Taskline" % k)
    return "".join(out)


class date:
    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self.year, self.month, self.day = year, month, day

    @classmethod
    def fromordinal(cls, n):
        return cls(*_from_ordinal(n))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        return cls(*_from_ordinal(int(t // 86400) + _ordinal(1970, 1, 1))[:3])

    @classmethod
    def fromisoformat(cls, s):
        return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))

    def toordinal(self):
        return _ordinal(self.year, self.month, self.day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def replace(self, year=None, month=None, day=None):
        return type(self)(self.year if year is None else year, self.month if month is None else month,
                          self.day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self.year, self.month, self.day)

    def strftime(self, fmt):
        yday = self.toordinal() - _ordinal(self.year, 1, 1) + 1
        return _strftime(fmt, self.year, self.month, self.day, 0, 0, 0, 0, self.weekday(), yday, None)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        return (self.year, self.month, self.day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self).fromordinal(self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self).fromordinal(self.toordinal() - other.days)
        if isinstance(other, date):
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date(year, month, day)
        if not 0 <= hour <= 23:
            raise ValueError("hour must be in 0..23")
        if not 0 <= minute <= 59:
            raise ValueError("minute must be in 0..59")
        if not 0 <= second <= 59:
            raise ValueError("second must be in 0..59")
        if not 0 <= microsecond <= 999999:
            raise ValueError("microsecond must be in 0..999999")
        if tzinfo is not None and tzinfo is not timezone.utc:
            raise NotImplementedError("time zones other than timezone.utc are not supported by Taskline")
        self.year, self.month, self.day = year, month, day
        self.hour, self.minute, self.second, self.microsecond = hour, minute, second, microsecond
        self.tzinfo = tzinfo

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        days, us = divmod(us, 86400000000)
        y, mo, d = _from_ordinal(days + _ordinal(1970, 1, 1))
        s, us = divmod(us, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        return cls(y, mo, d, h, mi, s, us, tz)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t=None):
        return cls(d.year, d.month, d.day)

    def date(self):
        return date(self.year, self.month, self.day)

    def timestamp(self):
        return self._us() / 1000000 - _ordinal(1970, 1, 1) * 86400

    def _us(self):
        return ((self.toordinal() * 86400 + self.hour * 3600 + self.minute * 60 + self.second) * 1000000
                + self.microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None):
        def pick(v, old):
            return old if v is None else v
        return type(self)(pick(year, self.year), pick(month, self.month), pick(day, self.day),
                          pick(hour, self.hour), pick(minute, self.minute), pick(second, self.second),
                          pick(microsecond, self.microsecond), self.tzinfo)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s%02d:%02d:%02d" % (self.year, self.month, self.day, sep, self.hour, self.minute, self.second)
        if timespec == "auto" and self.microsecond or timespec == "microseconds":
            s += ".%06d" % self.microsecond
        elif timespec == "milliseconds":
            s += ".%03d" % (self.microsecond // 1000)
        elif timespec == "minutes":
            s = s[:-3]
        if self.tzinfo is not None:
            s += "+00:00"
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        parts = [self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = "datetime.datetime(%s" % ", ".join("%d" % p for p in parts)
        if self.tzinfo is not None:
            s += ", tzinfo=datetime.timezone.utc"
        return s + ")"

    def strftime(self, fmt):
        yday = self.toordinal() - _ordinal(self.year, 1, 1) + 1
        return _strftime(fmt, self.year, self.month, self.day, self.hour, self.minute, self.second,
                         self.microsecond, self.weekday(), yday, self.tzinfo)

    def _key(self):
        return self._us()

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._us() == other._us()
        return NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self).fromtimestamp((self._us() + other._us) / 1000000 - _ordinal(1970, 1, 1) * 86400, self.tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented
