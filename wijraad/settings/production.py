"""Production: refuses to start without a secret key, the public address and a real sender address."""

from email.utils import parseaddr
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from . import env
from .base import *  # noqa: F403

SECRET_KEY = env.require(
    "SECRET_KEY", "Set it to a long random string (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
)
SITE_URL = env.get_site_url("SITE_URL")
if not SITE_URL:
    env.require("SITE_URL", "Set it to the site's public address, e.g. https://wijraad.nl (scheme and host, no path).")
WAGTAILADMIN_BASE_URL = SITE_URL
_public = urlsplit(SITE_URL)
# The public host is always allowed; more names (a www. alias, the app servers' own addresses) can be added.
ALLOWED_HOSTS = list(dict.fromkeys([_public.hostname, *env.get_list("ALLOWED_HOSTS")]))
CSRF_TRUSTED_ORIGINS = list(dict.fromkeys([SITE_URL, *env.get_list("CSRF_TRUSTED_ORIGINS")]))

DEFAULT_FROM_EMAIL = env.require(
    "DEFAULT_FROM_EMAIL", "Set it to the address mail is sent from, e.g. WIJ-raad <noreply@wijraad.nl>."
)
_sender_domain = parseaddr(DEFAULT_FROM_EMAIL)[1].rpartition("@")[2].lower()
if (
    not _sender_domain
    or _sender_domain in {"localhost", "example.com", "example.org", "example.net"}
    or (_sender_domain.endswith((".example", ".invalid", ".localhost", ".example.com", ".example.org", ".example.net")))
):
    raise ImproperlyConfigured(
        f"DEFAULT_FROM_EMAIL={DEFAULT_FROM_EMAIL!r} is not a real sender address: mail from it would be refused or "
        "marked as spam. Use an address of the site's own domain."
    )
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DEBUG = False
# Behind the TLS proxy (site/nginx): it says in X-Forwarded-Proto whether the visitor used https.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
_https = _public.scheme == "https"
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", _https)
# The load balancer asks for the health check over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 31536000) if _https else 0
# Both off unless set: they bind every subdomain to HTTPS, and a preloaded domain takes months to leave the list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD")
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https

# Forms (submissions app): warn at start-up (system check contact.W001) when the reCAPTCHA keys are missing.
FORMS_EXPECT_RECAPTCHA = True
# The Wagtail Site must follow SITE_URL (system check home.E001).
CHECK_SITE_ADDRESS = True
