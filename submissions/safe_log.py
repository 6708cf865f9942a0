"""Logging errors without personal data."""

import logging
import traceback


def log_exception(logger, message, *args, exc, level=logging.ERROR):
    """Log `exc` by type and code location only: its message and values can hold addresses and message texts."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.log(level, f"{message} [%s]\n%s", *args, type(exc).__name__, frames)
