"""Local development: `make run`. Only local conveniences differ from base."""

from . import env
from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = True
SECRET_KEY = env.get("SECRET_KEY", "dev-only-secret-key-not-for-production")
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}

if not env.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
