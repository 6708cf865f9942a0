from django.core.management.base import BaseCommand

from submissions import kinds


class Command(BaseCommand):
    help = (
        "Delete submissions (and their mails) whose retention period has passed. "
        "Safe to run as often as you like; the worker also runs it once a day."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run, **options):
        if dry_run:
            counts = {name: queryset.count() for name, queryset in kinds.expired_submissions().items()}
        else:
            counts = kinds.purge()
        verb = "Would delete" if dry_run else "Deleted"
        for name, count in counts.items():
            self.stdout.write(f"{verb} {count} submission(s) of kind '{name}'")
        self.stdout.write(f"{verb} {sum(counts.values())} submission(s) in total")
