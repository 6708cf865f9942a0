"""Full addresses of admin pages, for links in the secretary's mail (they open behind the admin login)."""

from django.conf import settings
from django.urls import reverse


def admin_url(view_name, *args):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse(view_name, args=args)}"
