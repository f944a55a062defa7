# The example site that scripts/test-docsites.sh builds and drives in
# Chromium:  sphinx-build -b html . _build/html
# TASKLINE_SERVER says where Taskline is served (taskline_server below
# would too); TASKLINE=/path/to/taskline pre-renders the results.
import os
import sys

sys.path.insert(0, os.path.abspath("../../python"))

project = "Taskline in Sphinx"
extensions = ["tasklinedocs.sphinx"]
html_theme = "alabaster"
exclude_patterns = ["_build"]
