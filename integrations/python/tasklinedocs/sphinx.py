"""A Sphinx extension with a taskline directive: a Taskline playground.

    .. taskline:: python
       :title: Cancel one task

       import asyncio
       ...

    .. taskline:: go
       :file: programs/deadlock.go

In conf.py:

    extensions = ["tasklinedocs.sphinx"]
    taskline_server = "https://taskline.example"  # or TASKLINE_SERVER; "" is the site's own origin
    taskline_command = "taskline"                 # optional, or TASKLINE: pre-render at build time

Options: :title:, :python: (3.11 or 3.7), :height:, :seed:, :readonly:,
:autorun:, and :file: to read the program from a file (relative to the
document, or to the source directory when it starts with "/"), as
literalinclude does. reST expands tabs in a directive's content to spaces
(docutils' tab_width), so a Go program whose tabs matter belongs in a file.
The playground is a raw HTML node, which the HTML builders write as is;
other builders leave it out.
"""

from docutils import nodes
from docutils.parsers.rst import Directive, directives

from . import LANGUAGES, TasklineError, playground_html, resolve_command, resolve_server, script_tag

__version__ = "1"


class TasklineDirective(Directive):
    required_arguments = 1
    optional_arguments = 0
    has_content = True
    option_spec = {
        "title": directives.unchanged,
        "python": directives.unchanged,
        "height": directives.positive_int,
        "seed": int,
        "readonly": directives.flag,
        "autorun": directives.flag,
        "file": directives.path,
    }

    def run(self):
        env = self.state.document.settings.env
        config = env.config
        language = self.arguments[0].strip()
        if language not in LANGUAGES:
            raise self.error("taskline: language %r: want python or go" % language)
        if "file" in self.options:
            if self.content:
                raise self.error("taskline: give the program as content or as :file:, not both")
            rel, path = env.relfn2path(self.options["file"], env.docname)
            env.note_dependency(rel)
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    code = f.read().replace("\r\n", "\n")
            except OSError as e:
                raise self.error("taskline: :file: %s: %s" % (self.options["file"], e))
        else:
            if not self.content:
                raise self.error("taskline: no program: give it as content or with :file:")
            code = "\n".join(self.content) + "\n"
        try:
            frag = playground_html(
                code, language,
                python=self.options.get("python"), title=self.options.get("title"),
                height=self.options.get("height"), seed=self.options.get("seed"),
                readonly="readonly" in self.options, autorun="autorun" in self.options,
                command=resolve_command(config.taskline_command),
            )
        except TasklineError as e:
            raise self.error("taskline: %s" % e)
        # The first playground of a document brings the script; temp_data
        # lives as long as the reading of one document.
        if not env.temp_data.get("taskline-script"):
            env.temp_data["taskline-script"] = True
            frag = script_tag(resolve_server(config.taskline_server)) + "\n" + frag
        return [nodes.raw("", frag, format="html")]


def setup(app):
    app.add_config_value("taskline_server", "", "html")
    app.add_config_value("taskline_command", "", "env")
    app.add_directive("taskline", TasklineDirective)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
