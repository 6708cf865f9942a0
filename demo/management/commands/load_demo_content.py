import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.indexing import indexes_updated_at_the_end
from demo.loader import Loader


class Command(BaseCommand):
    help = "Build the site's pages from the council's own texts. Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            metavar="USERNAME",
            help="Also create this superuser with a random password (printed once), if it does not exist yet.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        self.printed = set()
        with transaction.atomic(), indexes_updated_at_the_end():
            Loader(self.log).run()
        if options["admin"]:
            self.ensure_admin(options["admin"])

    def log(self, created, page):
        """Print each new page once, by the address residents use (a translation is saved again when its
        Dutch page gains a link from a later step)."""
        if created and self.verbosity >= 1 and page.pk not in self.printed:
            self.printed.add(page.pk)
            self.stdout.write(f"  {page.get_url()}  {page.title}")

    def ensure_admin(self, username):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin user '{username}' exists. Forgot the password? .venv/bin/python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=f"{username}@wijraad.example.org", password=password)
        self.stdout.write(self.style.SUCCESS(f"Admin user created: {username} / {password}  (log in at /admin/)"))
