# A misspelt module name is CPython's ModuleNotFoundError, not a Taskline
# limit: no CPython has a module 'asyncoi'.
print("before")
import asyncoi
