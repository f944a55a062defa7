import logging
logging.warning("before config %d", 1)
logging.info("hidden")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s", force=True)
log = logging.getLogger("app.worker")
log.debug("debug %s", "x")
log.info("info")
logging.error("root error")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(log.getEffectiveLevel(), logging.getLevelName(30), log.isEnabledFor(logging.DEBUG))
