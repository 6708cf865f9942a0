import sys

from django.core.management.base import BaseCommand

from submissions import outbox


class Command(BaseCommand):
    help = (
        "Health check of the mail outbox: mails waiting longer than 30 minutes and mails that failed. "
        "Exits with status 1 when there are any (for monitoring)."
    )

    def handle(self, *args, **options):
        health = outbox.health()
        self.stdout.write(f"Mails waiting longer than 30 minutes: {health['waiting']}")
        self.stdout.write(f"Mails that failed: {health['failed']}")
        if health["waiting"] or health["failed"]:
            self.stderr.write("Mail needs attention: see Inzendingen en e-mail > Uitgaande e-mail in the admin.")
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS("Mail OK"))
