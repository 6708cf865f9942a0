from django.conf import settings
from django.core.management.base import BaseCommand

from home.site_address import sync_site


class Command(BaseCommand):
    help = "Give the Wagtail Site the hostname and port of SITE_URL (manage.py migrate does this too)."

    def handle(self, *args, **options):
        changed = sync_site()
        self.stdout.write(f"Site {'set to' if changed else 'already at'} {settings.SITE_URL}")
