# Catching by base class in a custom hierarchy; the uncaught one is a leaf.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class MissingKey(ConfigError):
    pass


for exc in (AppError("generic"), ConfigError("bad config"), MissingKey("port")):
    try:
        raise exc
    except ConfigError as e:
        print("ConfigError branch:", type(e).__name__, e)
    except AppError as e:
        print("AppError branch:", type(e).__name__, e)
print(MissingKey.__mro__[1].__name__, issubclass(MissingKey, AppError))
raise MissingKey("timeout")
