"""Every environment variable the project reads, in one place.

The README's configuration table and `.env.example` list the same names.
"""

import os
from email.utils import getaddresses
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def get(name, default=""):
    return os.environ.get(name, default)


def get_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def get_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from exc


def get_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def require(name, hint):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is not set. {hint}")
    return value


def get_site_url(name, default=""):
    """The site's one public address, e.g. https://wijraad.example.org: scheme and host, no path, no trailing slash.

    Wagtail's Site can only say http on any port but 443, so https must use the standard port.
    """
    value = os.environ.get(name, default).strip().rstrip("/")
    if not value:
        return ""
    parts = urlsplit(value)
    problems = []
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        problems.append("it must start with http:// or https:// and name a host")
    if parts.path or parts.query or parts.fragment or parts.username:
        problems.append("it may hold only a scheme, a host and a port (no path)")
    if parts.scheme == "https" and parts.port not in (None, 443):
        problems.append("https is only possible on the standard port 443")
    if problems:
        raise ImproperlyConfigured(f"{name}={value!r} is not a usable address: {'; '.join(problems)}.")
    return value


def get_addresses(name):
    """[(name, address)] from "Name <address>, other@example.org", as Django's ADMINS wants them."""
    value = os.environ.get(name, "")
    addresses = [(real_name, address) for real_name, address in getaddresses([value]) if "@" in address]
    if value.strip() and not addresses:
        raise ImproperlyConfigured(f"{name} must hold e-mail addresses, separated by commas; not {value!r}.")
    return addresses
