"""Production: refuses to start without a secret key and host names."""

from . import env
from .base import *  # noqa: F403

SECRET_KEY = env.require(
    "SECRET_KEY", "Set it to a long random string (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
)
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    env.require(
        "ALLOWED_HOSTS", "Set it to the site's host names, separated by commas (e.g. wijraad.nl,www.wijraad.nl)."
    )

DEBUG = False
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 31536000)
# Both off unless set: they bind every subdomain to HTTPS, and a preloaded domain takes months to leave the list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Forms (contact app): warn at start-up (system check contact.W001) when the reCAPTCHA keys are missing.
FORMS_EXPECT_RECAPTCHA = True
