from django.core.management.base import BaseCommand

from wijraad.front_cache import purge_everything


class Command(BaseCommand):
    help = "Ask the front cache (nginx or CDN) to forget every page, e.g. after restoring a backup."

    def handle(self, *args, **options):
        purge_everything()
        self.stdout.write("Every page is queued for purging (the worker sends the purges).")
