"""`manage.py scan_cvs`: scan the CVs that could not be scanned when they came in (clamd was unreachable).

A clean CV is offered for download from then on. A CV with a virus is deleted; the application keeps a note of it
in its history. Run it from cron or a systemd timer next to the worker when CLAMD_SOCKET (or CLAMD_HOST) is set.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from vacancies import virus_scan
from vacancies.models import Application, ScanState


class Command(BaseCommand):
    help = "Scan CVs still waiting for their virus scan."

    def handle(self, *args, **options):
        if not virus_scan.is_configured():
            raise CommandError("No virus scanner is configured (CLAMD_SOCKET or CLAMD_HOST).")
        clean = infected = 0
        for application in Application.objects.filter(cv_scan=ScanState.PENDING).exclude(cv=""):
            with application.cv.open("rb") as handle:
                try:
                    found = virus_scan.scan(handle)
                except virus_scan.ScannerUnavailable as exc:
                    raise CommandError(f"The virus scanner cannot be reached ({exc}).") from exc
            with transaction.atomic():
                if found:
                    application.cv.delete(save=False)
                    application.cv_scan = ScanState.NOT_SCANNED
                    application.save(update_fields=["cv", "cv_scan"])
                    application.change_status(application.status, note=f"Cv verwijderd: virus gevonden ({found}).")
                    infected += 1
                else:
                    application.cv_scan = ScanState.CLEAN
                    application.save(update_fields=["cv_scan"])
                    clean += 1
        self.stdout.write(f"{clean} clean, {infected} with a virus (deleted)")
