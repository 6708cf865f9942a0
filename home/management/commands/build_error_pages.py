from django.core.management.base import BaseCommand

from home import error_pages


class Command(BaseCommand):
    help = (
        "Write the static error pages (500, 429) with the secretary's contact details into STATIC_ROOT/errors/. "
        "Run it after collectstatic, and again after changing the contact details."
    )

    def handle(self, *args, **options):
        for path in error_pages.build():
            self.stdout.write(f"Wrote {path}")
