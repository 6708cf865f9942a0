"""Fast, isolated settings for the test suite (SQLite unless DATABASE_URL says otherwise)."""

import atexit
import shutil
import tempfile
from pathlib import Path

from . import env
from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, STORAGES

SECRET_KEY = "test-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
_tmp = Path(tempfile.mkdtemp(prefix="wijraad-test-"))
atexit.register(shutil.rmtree, _tmp, ignore_errors=True)
MEDIA_ROOT = _tmp / "media"
PRIVATE_MEDIA_ROOT = _tmp / "private-media"
if not env.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The address the migrated Site already has; tests of the public address change it.
SITE_URL = "http://localhost"
WAGTAILADMIN_BASE_URL = SITE_URL
RECAPTCHA_PUBLIC_KEY = ""
RECAPTCHA_PRIVATE_KEY = ""
STATIC_ROOT = _tmp / "static"
STATIC_ROOT.mkdir()

# The worker tests start a real `manage.py worker` process, which must see the test database; an in-memory SQLite
# database cannot be shared, so SQLite tests use a file. It stays in the project (.pytest-db/) so that
# `pytest --reuse-db` (make test-fast) can keep it between runs; pytest-xdist adds a suffix per worker.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    (BASE_DIR / ".pytest-db").mkdir(exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".pytest-db" / "test.sqlite3")}
