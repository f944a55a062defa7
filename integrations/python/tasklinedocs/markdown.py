"""A Python-Markdown extension (MkDocs uses Python-Markdown) that turns
fenced blocks marked taskline-python or taskline-go into Taskline
playgrounds:

    ```taskline-python {title="Cancel one task" readonly}
    import asyncio
    ...
    ```

In mkdocs.yml:

    markdown_extensions:
      - tasklinedocs.markdown:
          server: https://taskline.example   # or TASKLINE_SERVER; "" is the site's own origin
          taskline: taskline                 # optional, or TASKLINE: pre-render at build time

Options inside the braces: title="...", python="3.7", height=300, seed=N,
readonly, autorun (these two also as readonly=true, as Hugo writes them). The block is taken from the lines as they were written,
before Python-Markdown normalizes whitespace (which would turn a Go
program's tabs into spaces), and replaced by a placeholder of the raw-HTML
stash, so nothing later in the pipeline (paragraphs, smart quotes, code
highlighting) touches the program.
"""

import re
import shlex

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from . import TasklineError, playground_html, resolve_command, resolve_server, script_tag

# An opening fence: up to three spaces, three or more backticks or tildes,
# taskline-LANGUAGE, then optional {options}. CommonMark's rules, which
# Python-Markdown's fenced_code follows for the fence itself.
OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})[ \t]*taskline-(?P<lang>[A-Za-z]+)[ \t]*(?:\{(?P<opts>[^}]*)\})?[ \t]*$")

KNOWN = {"title", "python", "height", "seed", "readonly", "autorun"}


def parse_options(text, where):
    """Reads {title="..." python=3.7 readonly} into a dict."""
    opts = {}
    try:
        words = shlex.split(text or "")
    except ValueError as e:
        raise TasklineError("%s: options: %s" % (where, e)) from None
    for w in words:
        key, eq, value = w.partition("=")
        if key not in KNOWN:
            raise TasklineError("%s: unknown option %r (known: %s)" % (where, key, ", ".join(sorted(KNOWN))))
        if key in ("readonly", "autorun"):
            # Bare, as in lesson Markdown, or =true/=false, as Hugo needs.
            if eq and value not in ("true", "false"):
                raise TasklineError("%s: %s takes no value (or true, false)" % (where, key))
            opts[key] = value != "false"
        else:
            if not eq:
                raise TasklineError('%s: %s wants a value: %s="..."' % (where, key, key))
            opts[key] = value
    return opts


class TasklinePreprocessor(Preprocessor):
    """Finds the fences in the unnormalized lines and leaves a marker line
    for each; StashPreprocessor later swaps the markers for stash
    placeholders (whose control characters whitespace normalization would
    strip if they were there already)."""

    def __init__(self, md, ext):
        super().__init__(md)
        self.ext = ext
        self.fragments = []

    def marker(self, n):
        return "taskline-playground-%d-%x" % (n, id(self))

    def run(self, lines):
        self.fragments = []
        server = resolve_server(self.ext.getConfig("server"))
        command = resolve_command(self.ext.getConfig("taskline"))
        out = []
        scripted = False
        i = 0
        while i < len(lines):
            m = OPEN.match(lines[i])
            if not m:
                out.append(lines[i])
                i += 1
                continue
            where = "line %d" % (i + 1)
            lang = m.group("lang")
            fence = m.group("fence")
            indent = len(m.group("indent"))
            close = re.compile(r"^ {0,3}" + re.escape(fence[0]) + "{%d,}[ \t]*$" % len(fence))
            body = []
            j = i + 1
            while j < len(lines) and not close.match(lines[j]):
                # Content lines lose up to the opening fence's indentation.
                line = lines[j].rstrip("\r")
                k = 0
                while k < indent and k < len(line) and line[k] == " ":
                    k += 1
                body.append(line[k:])
                j += 1
            if j == len(lines):
                raise TasklineError("%s: taskline-%s block has no closing %s" % (where, lang, fence))
            opts = parse_options(m.group("opts"), where)
            try:
                frag = playground_html("\n".join(body) + "\n", lang, command=command, **opts)
            except TasklineError as e:
                raise TasklineError("%s: %s" % (where, e)) from None
            if not scripted:
                frag = script_tag(server) + "\n" + frag
                scripted = True
            out += ["", self.marker(len(self.fragments)), ""]
            self.fragments.append(frag)
            i = j + 1
        return out


class StashPreprocessor(Preprocessor):
    def __init__(self, md, finder):
        super().__init__(md)
        self.finder = finder

    def run(self, lines):
        markers = {self.finder.marker(n): frag for n, frag in enumerate(self.finder.fragments)}
        if not markers:
            return lines
        return [self.md.htmlStash.store(markers[l]) if l in markers else l for l in lines]


class TasklineExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "server": ["", "where Taskline (or a copy of its static files) is served; default TASKLINE_SERVER, else the site's own origin"],
            "taskline": ["", "the taskline command, to pre-render results at build time; default TASKLINE, else live only"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # normalize_whitespace is 30 and fenced_code 25: find the fences
        # before the first, stash them before the second.
        finder = TasklinePreprocessor(md, self)
        # Python-Markdown wraps stashed HTML that does not start with a
        # block-level tag in <p>, and the <pre> inside would then close that
        # paragraph and the element with it.
        if "taskline-playground" not in md.block_level_elements:
            md.block_level_elements.append("taskline-playground")
        md.preprocessors.register(finder, "taskline", 31)
        md.preprocessors.register(StashPreprocessor(md, finder), "taskline_stash", 26)


def makeExtension(**kwargs):
    return TasklineExtension(**kwargs)
