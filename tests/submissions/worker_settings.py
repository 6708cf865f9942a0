"""Settings for the real `manage.py worker` process that the worker tests start.

Production's base settings (database task queue, SMTP from EMAIL_HOST/EMAIL_PORT, database from DATABASE_URL,
which the test points at its own test database), with retries and claims short enough for a test to wait for.
"""

from wijraad.settings.base import *  # noqa: F403

SECRET_KEY = "worker-test-secret-key"
ALLOWED_HOSTS = ["127.0.0.1"]
EMAIL_TIMEOUT = 3
MAIL_RETRY_DELAYS = [1] * 9
MAIL_CLAIM_SECONDS = 3
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "INFO"}}  # noqa: F405
