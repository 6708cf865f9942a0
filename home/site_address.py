"""The Wagtail Site follows settings.SITE_URL: set on every `manage.py migrate` and by `manage.py sync_site_url`,
checked in production by `manage.py check --deploy` (home.E001), which the app server runs before it starts
(site/gunicorn.conf.py). Nobody has to set it by hand under Instellingen -> Sites.

A deployment check, not one for every command: `migrate` and `sync_site_url`, which put it right, must still run
while it is wrong."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, register
from django.db import DatabaseError
from wagtail.models import Site


def address():
    """(hostname, port) of SITE_URL, as Wagtail's Site stores them: https means port 443."""
    parts = urlsplit(settings.SITE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def sync_site(using="default"):
    """Give the default Site SITE_URL's hostname and port. Returns True when it changed."""
    hostname, port = address()
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(using=using)
    return True


def sync_after_migrate(using="default", **kwargs):
    try:
        Site.objects.using(using).exists()
    except DatabaseError:
        return  # not migrated (yet)
    sync_site(using)


@register(deploy=True)
def check_site_address(app_configs, **kwargs):
    if not settings.CHECK_SITE_ADDRESS:
        return []
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # no database yet: `manage.py migrate` will set the Site
    expected = settings.SITE_URL
    if site is None:
        return [Error("There is no default Wagtail Site.", hint="Run manage.py migrate.", id="home.E001")]
    if site.root_url != expected:
        return [
            Error(
                f"The Wagtail Site says {site.root_url}, but SITE_URL is {expected}: links in mails, canonical "
                "links and the sitemap would point to the wrong address.",
                hint="Run manage.py sync_site_url (manage.py migrate does it too).",
                id="home.E001",
            )
        ]
    return []


def absolute(url):
    """`url` on the public site: SITE_URL in front of a path; a full URL stays as it is."""
    if not url or "://" in url or url.startswith("//"):
        return url
    return f"{settings.SITE_URL}{url}"
