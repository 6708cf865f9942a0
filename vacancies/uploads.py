"""CVs and letters sent with an application: checked by content, kept privately under a random name.

Only PDF, DOC, DOCX and ODT, at most 5 MB, without active content (vacancies/active_content.py). The type is decided by what is inside the file, never by its name:
`filetype` recognises the container, then a DOC must hold a Word stream, a DOCX must declare a Word main
document in [Content_Types].xml and an ODT must name the text type in its `mimetype` entry. Documents with macros
are refused. Files live under settings.PRIVATE_MEDIA_ROOT, which is outside MEDIA_ROOT and has no URL: staff
download them through a view that checks permissions.
"""

import uuid
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import filetype
import olefile
from defusedxml import ElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, storages
from django.db import transaction
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.functional import LazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from . import active_content

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)
HEAD_BYTES = 8192
UPLOAD_FOLDER = "applications"
ACCEPT = ".pdf,.doc,.docx,.odt"

PDF = "application/pdf"
DOC = "application/msword"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
ALLOWED_EXTENSIONS = {"pdf", "doc", "docx", "odt"}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_TYPES = {"application/zip", DOCX, ODT}
DOCX_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# The small entries we read from a zip container; anything bigger is not a real document's.
MAX_MANIFEST_BYTES = 512 * 1024

WRONG_TYPE = _(
    "Dit soort bestand kunnen we niet aannemen. Kies een PDF, een Word-bestand (DOC of DOCX) of een ODT-bestand."
)
NOT_WHAT_IT_SAYS = _(
    "Dit bestand is geen echte PDF, Word- of ODT-bestand, of het is beschadigd. "
    "Sla je cv of brief opnieuw op als PDF en kies dat bestand."
)
HAS_MACROS = _(
    "Dit bestand bevat macro's. Zulke bestanden nemen we niet aan. Sla je cv of brief op als PDF en kies dat bestand."
)
EMPTY = _("Het bestand is leeg. Kies het goede bestand, of laat dit veld leeg.")
ACTIVE = _(
    "Dit bestand bevat iets wat zelf iets kan doen of iets van buiten ophaalt, zoals een script, een ingesloten "
    "bestand of een koppeling. Zulke bestanden nemen we niet aan. Sla je cv of brief opnieuw op als PDF "
    "(bijvoorbeeld met Afdrukken en dan Opslaan als PDF) en kies dat bestand."
)
TRAILING = _(
    "Aan dit bestand zit iets vast wat geen deel is van de PDF. Zulke bestanden nemen we niet aan. Sla je cv of "
    "brief opnieuw op als PDF en kies dat bestand."
)
ENCRYPTED = _(
    "Dit bestand is beveiligd met een wachtwoord. Sla je cv of brief op zonder wachtwoord en kies dat bestand."
)
BOMB = _(
    "Dit bestand wordt bij het openen veel groter dan het is. Zulke bestanden nemen we niet aan. Sla je cv of brief "
    "opnieuw op als PDF en kies dat bestand."
)
REFUSAL_MESSAGES = {
    "active": ACTIVE,
    "trailing": TRAILING,
    "encrypted": ENCRYPTED,
    "bomb": BOMB,
    "content": NOT_WHAT_IT_SAYS,
}


@dataclass(frozen=True)
class FileType:
    extension: str
    mimetype: str


@deconstructible(path="vacancies.uploads.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT. They have no public URL."""

    def __init__(self):
        super().__init__()

    @cached_property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no public URL; use the staff download view.")


class _PrivateStorage(LazyObject):
    """settings.STORAGES["private"]: PrivateStorage below, or a private bucket (wijraad.storage) when one is set."""

    def _setup(self):
        self._wrapped = storages["private"]


private_storage = _PrivateStorage()


def get_private_storage():
    return private_storage


def check_upload(upload):
    """The type of an uploaded CV or letter, or ValidationError with a message for the applicant."""
    if not upload.size:
        raise ValidationError(EMPTY, code="empty")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _(
                "Het bestand is te groot (%(size)s MB). Het mag hoogstens %(max)d MB zijn. Maak het bestand kleiner, "
                "bijvoorbeeld door het op te slaan als PDF."
            )
            % {"size": number_format(upload.size / (1024 * 1024), 1), "max": MAX_UPLOAD_MB},
            code="too_large",
        )
    if PurePath(upload.name or "").suffix.lower().lstrip(".") not in ALLOWED_EXTENSIONS:
        raise ValidationError(WRONG_TYPE, code="extension")
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    try:
        detected = _detect(head, upload)
    finally:
        upload.seek(0)
    if detected is None:
        raise ValidationError(NOT_WHAT_IT_SAYS, code="content")
    try:
        data = upload.read()
        if detected.extension == "pdf":
            active_content.check_pdf(data)
        elif detected.extension in ("docx", "odt"):
            active_content.check_zipped(data, detected.extension)
    except active_content.Refused as refused:
        raise ValidationError(REFUSAL_MESSAGES[refused.code], code=refused.code) from None
    finally:
        upload.seek(0)
    return detected


def _detect(head, upload):
    guess = filetype.guess(head)
    if guess is not None and guess.mime == PDF:
        return FileType("pdf", PDF)
    if guess is not None and guess.mime in ZIP_TYPES:
        return _zipped_document(upload)
    if head.startswith(OLE_MAGIC):
        return _word_97(upload)
    return None


def _word_97(upload):
    """An OLE2 compound file is a DOC only if it holds a WordDocument stream (not an XLS, MSI or other)."""
    try:
        with olefile.OleFileIO(upload) as ole:
            is_word = ole.exists("WordDocument")
            has_macros = ole.exists("Macros") or ole.exists("_VBA_PROJECT_CUR")
            has_objects = ole.exists("ObjectPool")
    except Exception:  # a broken or crafted file can fail anywhere in the parser: not a document
        return None
    if not is_word:
        return None
    if has_macros:
        raise ValidationError(HAS_MACROS, code="macros")
    if has_objects:
        raise ValidationError(ACTIVE, code="active")
    return FileType("doc", DOC)


def _read_small(archive, name):
    info = archive.getinfo(name)
    if info.file_size > MAX_MANIFEST_BYTES:
        return None
    with archive.open(info) as entry:
        return entry.read(MAX_MANIFEST_BYTES + 1)[:MAX_MANIFEST_BYTES]


def _zipped_document(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                found = "odt" if _read_small(archive, "mimetype") == ODT.encode() and "content.xml" in names else None
                has_macros = any(name.startswith(("Basic/", "Scripts/")) for name in names)
            elif "[Content_Types].xml" in names and "word/document.xml" in names:
                manifest = _read_small(archive, "[Content_Types].xml")
                found = "docx" if manifest is not None and _declares_word_document(manifest) else None
                has_macros = any(name.lower().endswith("vbaproject.bin") for name in names)
            else:
                return None
    except Exception:  # a broken or crafted zip can fail anywhere in the parser: not a document
        return None
    if found is None:
        return None
    if has_macros:
        raise ValidationError(HAS_MACROS, code="macros")
    return FileType("odt", ODT) if found == "odt" else FileType("docx", DOCX)


def _declares_word_document(manifest):
    try:
        root = ElementTree.fromstring(manifest)
    except Exception:  # defusedxml raises its own errors for entity tricks, ParseError for broken XML
        return False
    return any(
        override.get("PartName") == "/word/document.xml" and override.get("ContentType") == DOCX_MAIN_PART
        for override in root.iter(f"{CONTENT_TYPES_NS}Override")
    )


def save_upload(upload, file_type):
    """Store the upload under a random name; returns that name (relative to the private storage)."""
    name = f"{UPLOAD_FOLDER}/{uuid.uuid4().hex}.{file_type.extension}"
    upload.seek(0)
    return private_storage.save(name, upload)


def delete_file(name):
    """Remove a stored file once the deletion of its row is committed (a rolled-back delete keeps it)."""
    if name:
        transaction.on_commit(lambda: private_storage.delete(name))


def display_name(original, file_type):
    """A safe file name for the download: the applicant's own name without folders or odd characters."""
    stem = PurePath(original or "").stem
    safe = "".join(char if char.isalnum() or char in " ._-" else "_" for char in stem).strip(" ._")[:80]
    return f"{safe or 'cv'}.{file_type}"
