"""`manage.py media_archive export FILE.tar` / `import FILE.tar`: every uploaded file, public and private, in one
tar archive, read and written through the storages in settings.STORAGES. So a backup made from S3 buckets can be
restored into local folders and the other way round (site/backup, site/restore)."""

import tarfile
import time
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

STORAGE_ALIASES = ("default", "private")


def walk(storage, folder=""):
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}{name}"
    for sub in folders:
        yield from walk(storage, f"{folder}{sub}/")


class Command(BaseCommand):
    help = "Export all uploaded files (public and private media) to a tar archive, or import them from one."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "import"])
        parser.add_argument("archive")

    def handle(self, action, archive, **options):
        count = self.export(archive) if action == "export" else self.restore(archive)
        self.stdout.write(f"{count} file(s) {'exported to' if action == 'export' else 'imported from'} {archive}")

    def export(self, archive):
        count = 0
        with tarfile.open(archive, "w") as tar:
            for alias in STORAGE_ALIASES:
                storage = storages[alias]
                try:
                    names = list(walk(storage))
                except FileNotFoundError:
                    names = []  # a local folder nothing was uploaded to yet
                for name in names:
                    with storage.open(name, "rb") as handle:
                        content = handle.read()
                    info = tarfile.TarInfo(f"{alias}/{name}")
                    info.size = len(content)
                    info.mtime = int(time.time())
                    tar.addfile(info, BytesIO(content))
                    count += 1
        return count

    def restore(self, archive):
        count = 0
        with tarfile.open(archive, "r") as tar:
            for member in tar:
                if not member.isfile():
                    continue
                alias, _, name = member.name.partition("/")
                if alias not in STORAGE_ALIASES or not name or ".." in name.split("/"):
                    raise CommandError(f"Not a media archive entry: {member.name}")
                storage = storages[alias]
                content = tar.extractfile(member).read()
                if storage.exists(name):
                    storage.delete(name)
                saved = storage.save(name, ContentFile(content))
                if saved != name:
                    raise CommandError(f"{name} was stored as {saved}")
                count += 1
        return count
