"""json: dumps and loads with CPython's output format."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno


_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESC:
            out.append(_ESC[ch])
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7e):
            n = ord(ch)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == float('-inf'):
        text = '-Infinity'
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if isinstance(indent, int):
        indent = ' ' * indent
    if separators is None:
        separators = (', ', ': ') if indent is None else (',', ': ')
    item_sep, key_sep = separators
    markers = set()

    def enc(o, level):
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, str):
            return _str(o, ensure_ascii)
        if isinstance(o, int):
            return str(o)
        if isinstance(o, float):
            return _float(o, allow_nan)
        if isinstance(o, (list, tuple)):
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            if not o:
                return '[]'
            markers.add(id(o))
            parts = [enc(v, level + 1) for v in o]
            markers.discard(id(o))
            return _wrap('[', ']', parts, level)
        if isinstance(o, dict):
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            if not o:
                return '{}'
            markers.add(id(o))
            items = list(o.items())
            if sort_keys:
                items.sort(key=lambda kv: kv[0])
            parts = []
            for k, v in items:
                if isinstance(k, str):
                    pass
                elif isinstance(k, float):
                    k = _float(k, allow_nan)
                elif k is True:
                    k = 'true'
                elif k is False:
                    k = 'false'
                elif k is None:
                    k = 'null'
                elif isinstance(k, int):
                    k = str(k)
                elif skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')
                parts.append(_str(k, ensure_ascii) + key_sep + enc(v, level + 1))
            markers.discard(id(o))
            return _wrap('{', '}', parts, level)
        if default is not None:
            return enc(default(o), level)
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def _wrap(open_, close, parts, level):
        if indent is None:
            return open_ + item_sep.join(parts) + close
        inner = '\n' + indent * (level + 1)
        return open_ + inner + (item_sep + inner).join(parts) + '\n' + indent * level + close

    try:
        return enc(obj, 0)
    except RecursionError as e:
        # CPython's C encoder names what it was doing.
        if e.args == ('maximum recursion depth exceeded',):
            raise RecursionError('maximum recursion depth exceeded while encoding a JSON object') from None
        raise


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'


def loads(s, **kw):
    if not isinstance(s, str):
        if isinstance(s, bytes):
            s = s.decode()
        else:
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {type(s).__name__}')
    pos = [0]
    n = len(s)

    def ws():
        while pos[0] < n and s[pos[0]] in _WS:
            pos[0] += 1

    def value():
        ws()
        if pos[0] >= n:
            raise JSONDecodeError("Expecting value", s, pos[0])
        ch = s[pos[0]]
        if ch == '{':
            return obj()
        if ch == '[':
            return arr()
        if ch == '"':
            return string()
        for lit, v in (('null', None), ('true', True), ('false', False), ('NaN', float('nan')),
                       ('Infinity', float('inf')), ('-Infinity', float('-inf'))):
            if s.startswith(lit, pos[0]):
                pos[0] += len(lit)
                return v
        return number()

    def number():
        start = pos[0]
        if pos[0] < n and s[pos[0]] == '-':
            pos[0] += 1
        if pos[0] >= n or not s[pos[0]].isdigit():
            raise JSONDecodeError("Expecting value", s, start)
        if s[pos[0]] == '0':
            pos[0] += 1
        else:
            while pos[0] < n and s[pos[0]].isdigit():
                pos[0] += 1
        is_float = False
        if pos[0] < n and s[pos[0]] == '.' and pos[0] + 1 < n and s[pos[0] + 1].isdigit():
            is_float = True
            pos[0] += 1
            while pos[0] < n and s[pos[0]].isdigit():
                pos[0] += 1
        if pos[0] < n and s[pos[0]] in 'eE':
            j = pos[0] + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j].isdigit():
                is_float = True
                pos[0] = j
                while pos[0] < n and s[pos[0]].isdigit():
                    pos[0] += 1
        text = s[start:pos[0]]
        return float(text) if is_float else int(text)

    def string():
        start = pos[0]
        pos[0] += 1
        out = []
        while True:
            if pos[0] >= n:
                raise JSONDecodeError("Unterminated string starting at", s, start)
            ch = s[pos[0]]
            if ch == '"':
                pos[0] += 1
                return ''.join(out)
            if ch == '\\':
                pos[0] += 1
                e = s[pos[0]] if pos[0] < n else ''
                if e == 'u':
                    code = int(s[pos[0] + 1:pos[0] + 5], 16)
                    pos[0] += 5
                    if 0xd800 <= code < 0xdc00 and s.startswith('\\u', pos[0]):
                        low = int(s[pos[0] + 2:pos[0] + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        pos[0] += 6
                    out.append(chr(code))
                    continue
                mapping = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
                if e not in mapping:
                    raise JSONDecodeError("Invalid \\escape", s, pos[0] - 1)
                out.append(mapping[e])
                pos[0] += 1
                continue
            if ord(ch) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, pos[0])
            out.append(ch)
            pos[0] += 1

    def arr():
        pos[0] += 1
        result = []
        ws()
        if pos[0] < n and s[pos[0]] == ']':
            pos[0] += 1
            return result
        while True:
            result.append(value())
            ws()
            if pos[0] < n and s[pos[0]] == ',':
                pos[0] += 1
                continue
            if pos[0] < n and s[pos[0]] == ']':
                pos[0] += 1
                return result
            raise JSONDecodeError("Expecting ',' delimiter", s, pos[0])

    def obj():
        pos[0] += 1
        result = {}
        ws()
        if pos[0] < n and s[pos[0]] == '}':
            pos[0] += 1
            return result
        while True:
            ws()
            if pos[0] >= n or s[pos[0]] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, pos[0])
            k = string()
            ws()
            if pos[0] >= n or s[pos[0]] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, pos[0])
            pos[0] += 1
            result[k] = value()
            ws()
            if pos[0] < n and s[pos[0]] == ',':
                pos[0] += 1
                continue
            if pos[0] < n and s[pos[0]] == '}':
                pos[0] += 1
                return result
            raise JSONDecodeError("Expecting ',' delimiter", s, pos[0])

    v = value()
    ws()
    if pos[0] != n:
        raise JSONDecodeError("Extra data", s, pos[0])
    return v


def load(fp, **kw):
    return loads(fp.read(), **kw)
