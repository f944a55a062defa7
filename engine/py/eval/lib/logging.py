"""logging: loggers that write "LEVEL:name:message" records to stderr, with
basicConfig's level and format. Time comes from the virtual clock."""
import sys
import time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {v: k for k, v in _levelToName.items()}
_nameToLevel['WARN'] = WARNING
_nameToLevel['FATAL'] = FATAL
BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def getLevelName(level):
    if level in _levelToName:
        return _levelToName[level]
    if level in _nameToLevel:
        return _nameToLevel[level]
    return "Level %s" % level


def _days_to_date(days):
    # Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


class LogRecord:
    def __init__(self, name, level, msg, args, exc_info=None):
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.msg = msg
        self.args = args
        self.exc_info = exc_info
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)
        self.threadName = "MainThread"
        self.processName = "MainProcess"
        self.process = 1

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    def __init__(self, fmt=None, datefmt=None, style='%'):
        self._fmt = fmt or "%(message)s"
        self.datefmt = datefmt
        self.style = style

    def formatTime(self, record, datefmt=None):
        secs = int(record.created)
        y, mo, d = _days_to_date(secs // 86400)
        rem = secs % 86400
        s = "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, rem // 3600, rem // 60 % 60, rem % 60)
        return s + ",%03d" % record.msecs

    def format(self, record):
        record.message = record.getMessage()
        values = dict(vars(record))
        if "asctime" in self._fmt:
            values["asctime"] = self.formatTime(record, self.datefmt)
        if self.style == '{':
            s = self._fmt.format(**values)
        else:
            s = self._fmt % values
        if record.exc_info:
            import traceback
            exc = record.exc_info[1] if isinstance(record.exc_info, tuple) else record.exc_info
            s = s + "\n" + "".join(traceback.format_exception(exc)).rstrip("\n")
        return s


class Handler:
    def __init__(self, level=NOTSET):
        self.level = level
        self.formatter = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        if record.levelno >= self.level:
            self.emit(record)


class StreamHandler(Handler):
    def __init__(self, stream=None):
        super().__init__()
        self.stream = stream

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.format(record) + "\n")


_defaultFormatter = Formatter(BASIC_FORMAT)


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) in _nameToLevel:
        return _nameToLevel[str(level)]
    raise ValueError("Unknown level: %r" % level)


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = level
        self.handlers = []
        self.parent = None
        self.propagate = True
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def _log(self, level, msg, args, exc_info=None, **kwargs):
        if self.disabled or not self.isEnabledFor(level):
            return
        if exc_info is True:
            exc_info = sys.exc_info()
            if exc_info[1] is None:
                exc_info = None
        record = LogRecord(self.name, level, msg, args, exc_info)
        logger = self
        found = False
        while logger:
            for h in logger.handlers:
                found = True
                h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if not found and level >= WARNING:
            sys.stderr.write(record.getMessage() + "\n")

    def debug(self, msg, *args, **kwargs):
        self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._log(ERROR, msg, args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        self._log(level, msg, args, **kwargs)

    def getChild(self, suffix):
        return getLogger(self.name + "." + suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))


root = Logger("root", WARNING)
_loggers = {}


def getLogger(name=None):
    if not name or name == "root":
        return root
    if name not in _loggers:
        logger = Logger(name)
        parent_name = name.rpartition(".")[0]
        logger.parent = getLogger(parent_name) if parent_name else root
        _loggers[name] = logger
    return _loggers[name]


def basicConfig(*, level=None, format=None, datefmt=None, style='%', stream=None, force=False, **kwargs):
    if force:
        root.handlers.clear()
    if not root.handlers:
        h = StreamHandler(stream)
        h.setFormatter(Formatter(format or BASIC_FORMAT, datefmt, style))
        root.addHandler(h)
    if level is not None:
        root.setLevel(level)


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


warn = warning


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    if not root.handlers:
        basicConfig()
    root.exception(msg, *args, exc_info=exc_info, **kwargs)


def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)
