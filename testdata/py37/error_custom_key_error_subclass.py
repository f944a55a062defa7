# 3.7 qualifies a custom KeyError subclass with __main__ and keeps the
# KeyError-style repr of its argument.
class MissingSetting(KeyError):
    pass


settings = {"port": 80}
try:
    settings["host"]
except KeyError as e:
    print("plain KeyError:", e)
raise MissingSetting("host")
