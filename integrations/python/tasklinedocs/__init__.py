"""Taskline playgrounds for Python documentation tools: the HTML they share.

A playground is a <taskline-playground> element (docs/EMBED.md in the
Taskline repository). The two integrations here, a Python-Markdown extension
for MkDocs (tasklinedocs.markdown) and a Sphinx extension
(tasklinedocs.sphinx), both turn a program into one with playground_html().

When the build has the taskline command at hand (TASKLINE=/path/to/taskline,
or the extensions' own option), the program is run at build time by
`taskline embed`, the same renderer as Taskline's lesson pages, and the page
carries the output, the error, a static timeline and the trace: readers see
the result before any script runs, and the element draws its timeline at
once. Without it the element is written here with the program only, and
runs live when the reader presses Run.

The program travels as HTML-escaped text in <pre class="tl-code"><code>,
emitted as one raw block that Markdown and reST leave alone: blank lines,
quotes, "<", "&" and "</script>" inside a string all reach the element as
written, and a reader without scripts still sees the code.
"""

import html
import os
import shutil
import subprocess

__all__ = ["LANGUAGES", "TasklineError", "playground_html", "script_tag", "resolve_command", "resolve_server"]

#: The languages a playground runs, as fences and directives name them.
LANGUAGES = ("python", "go")


class TasklineError(Exception):
    """A playground that could not be written: a bad option, or taskline failed."""


def resolve_server(server=None):
    """The address Taskline is served from (or a self-hosted copy of its
    static files), without a trailing slash: the option, else the
    TASKLINE_SERVER environment variable, else "" (the site's own origin)."""
    if server is None or server == "":
        server = os.environ.get("TASKLINE_SERVER", "")
    return server.rstrip("/")


def resolve_command(command=None):
    """The taskline command to pre-render with, or None to render live only:
    the option, else the TASKLINE environment variable. A name that is not
    on PATH is an error, so that a misspelt setting does not silently give
    pages without results."""
    if command is None or command == "":
        command = os.environ.get("TASKLINE", "")
    if not command:
        return None
    path = shutil.which(command)
    if path is None:
        raise TasklineError("taskline command %r not found (set TASKLINE or the taskline option to its path)" % command)
    return path


def script_tag(server):
    """The one script tag a page with playgrounds needs."""
    return '<script type="module" src="%s"></script>' % html.escape(server + "/embed.js")


def _attr(name, value):
    return ' %s="%s"' % (name, html.escape(str(value), quote=True))


def _check(language, python, height, seed):
    if language not in LANGUAGES:
        raise TasklineError("language %r: want python or go" % (language,))
    if python not in (None, "", "3.11", "3.7"):
        raise TasklineError("python %r: want 3.11 or 3.7" % (python,))
    if python and language != "python":
        raise TasklineError("python= applies only to python playgrounds")
    if height not in (None, ""):
        try:
            h = int(height)
        except ValueError:
            h = 0
        if not 40 <= h <= 2000:
            raise TasklineError("height %r: want a number of pixels from 40 to 2000" % (height,))
    if seed not in (None, ""):
        try:
            int(seed)
        except ValueError:
            raise TasklineError("seed %r: want an integer" % (seed,)) from None


def playground_html(code, language, python=None, title=None, height=None, seed=None,
                    readonly=False, autorun=False, command=None):
    """Returns the <taskline-playground> element for a program.

    code is the program as written (a final newline is added if missing).
    With command (a path from resolve_command), the program runs at build
    time and the element carries its result.
    """
    _check(language, python, height, seed)
    if not code.endswith("\n"):
        code += "\n"
    if command:
        args = [command, "embed", "--lang", language]
        for flag, value in (("--python", python), ("--title", title), ("--height", height), ("--seed", seed)):
            if value not in (None, ""):
                args += [flag, str(value)]
        if readonly:
            args.append("--readonly")
        if autorun:
            args.append("--autorun")
        args.append("-")
        try:
            r = subprocess.run(args, input=code.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        except OSError as e:
            raise TasklineError("running %s: %s" % (command, e)) from e
        if r.returncode != 0:
            raise TasklineError("taskline embed failed (exit %d): %s" % (r.returncode, r.stderr.decode("utf-8", "replace").strip()))
        return r.stdout.decode("utf-8")
    parts = ["<taskline-playground", _attr("language", language)]
    if language == "python":
        parts.append(_attr("python", python or "3.11"))
    if height not in (None, ""):
        parts.append(_attr("height", int(height)))
    if seed not in (None, ""):
        parts.append(_attr("seed", int(seed)))
    if readonly:
        parts.append(" readonly")
    if autorun:
        parts.append(" autorun")
    if title:
        parts.append(_attr("title", title))
    parts.append(">\n")
    if title:
        parts.append('<p class="tl-title">%s</p>\n' % html.escape(title))
    parts.append('<pre class="tl-code"><code class="language-%s">%s</code></pre>\n' % (language, html.escape(code, quote=True)))
    parts.append("</taskline-playground>\n")
    return "".join(parts)
