# A custom exception raised at module level in 3.7.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__("missing key: " + key)


try:
    raise ConfigError("port")
except ConfigError as e:
    print(type(e).__name__, e)
raise ConfigError("host")
