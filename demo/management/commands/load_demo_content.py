import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.indexing import indexes_updated_at_the_end
from demo.loader import Loader

SECRETARY_GROUP = "Secretariaat"  # made by contact/migrations/0002_secretariaat_group.py


class Command(BaseCommand):
    help = "Build the site's pages from the council's own texts. Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin",
            metavar="USERNAME",
            help="Also create this superuser with a random password (printed once), if it does not exist yet.",
        )
        parser.add_argument(
            "--secretary",
            metavar="USERNAME",
            help=f"Also create this user in the {SECRETARY_GROUP} group (not a superuser) with a random password "
            "(printed once), if it does not exist yet: the admin as the council secretary sees it.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        self.printed = set()
        with transaction.atomic(), indexes_updated_at_the_end():
            Loader(self.log).run()
        if options["admin"]:
            self.ensure_user("Admin", options["admin"], superuser=True)
        if options["secretary"]:
            self.ensure_user(SECRETARY_GROUP, options["secretary"], group=Group.objects.get(name=SECRETARY_GROUP))

    def log(self, created, page):
        """Print each new page once, by the address residents use (a translation is saved again when its
        Dutch page gains a link from a later step)."""
        if created and self.verbosity >= 1 and page.pk not in self.printed:
            self.printed.add(page.pk)
            self.stdout.write(f"  {page.get_url()}  {page.title}")

    def ensure_user(self, role, username, superuser=False, group=None):
        """Create the user with a random password and print it, once; a user that exists is left as it is."""
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"{role} user '{username}' exists. Forgot the password? "
                f".venv/bin/python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        email = f"{username}@wijraad.example.org"
        if superuser:
            User.objects.create_superuser(username=username, email=email, password=password)
        else:
            User.objects.create_user(username=username, email=email, password=password).groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"{role} user created: {username} / {password}  (log in at /admin/)"))
