"""__future__: every feature Taskline's Python has already."""


class _Feature:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"_Feature({self.name!r})"


annotations = _Feature("annotations")
generator_stop = _Feature("generator_stop")
division = _Feature("division")
print_function = _Feature("print_function")
absolute_import = _Feature("absolute_import")
