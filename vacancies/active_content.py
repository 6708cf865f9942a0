"""Active content in uploaded documents: what a PDF, DOCX or ODT may not hold before the secretary opens it.

A CV is opened on the secretary's computer, so a document that can run code, fetch something from elsewhere or
carry another file is refused, however harmless it may be:

- PDF (parsed with pypdf, every object in the cross-reference table): JavaScript, launch actions, embedded files,
  XFA forms, rich media, remote go-to actions; anything after the last %%EOF (a ZIP or an executable appended);
  HTML or an executable outside the streams (polyglot files); encryption (it hides the content from this check).
- DOCX and ODT (zip containers): external relationships other than hyperlinks (a remote template, remote images),
  embedded objects (OLE, ActiveX), DDE fields, script events; an entry over 20 MB unpacked or packed more than 100
  to 1 (a zip bomb), more than 2,000 entries or 100 MB unpacked in all.

Each check raises `Refused(code)`; vacancies.uploads turns it into the message for the applicant.
"""

import io
import re
import zipfile

from defusedxml import ElementTree
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

MAX_ENTRY_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100
# Only entries of some size can be a bomb; a few KB of XML may pack very well.
RATIO_FROM_BYTES = 64 * 1024
MAX_ENTRIES = 2000
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_PDF_OBJECTS = 100_000

PDF_FORBIDDEN_KEYS = {"/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/XFA", "/RichMedia"}
PDF_FORBIDDEN_NAMES = {
    "/JavaScript",
    "/Launch",
    "/EmbeddedFile",
    "/FileAttachment",
    "/RichMedia",
    "/GoToE",
    "/GoToR",
    "/ImportData",
    "/SubmitForm",
}
# Outside the streams, none of this belongs in a PDF: HTML (a page that runs when opened in a browser) or an
# executable's DOS header text.
POLYGLOT_MARKERS = re.compile(
    rb"<\s*(?:html|script|body|iframe|svg|object|embed|!doctype)\b|This program cannot be run in DOS mode|PE\x00\x00",
    re.IGNORECASE,
)
STREAM = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)

HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
RELATIONSHIPS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIELD_CODES = re.compile(r"\b(?:DDE|DDEAUTO|INCLUDETEXT)\b", re.IGNORECASE)
OOXML_ACTIVE_PARTS = re.compile(r"(?:^|/)(?:embeddings|activeX)/|vbaProject\.bin$|vbaData\.xml$", re.IGNORECASE)
OOXML_ACTIVE_TYPES = ("macroEnabled", "oleObject", "activeX", "vbaProject")
OOXML_OBJECT_TAGS = {"object", "OLEObject", "control"}

ODF_ACTIVE_PARTS = re.compile(r"^(?:Basic/|Scripts/|Object \d+/|ObjectReplacements/)|\.bin$")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
ODF_OBJECT_TAGS = {"object-ole", "applet", "plugin", "event-listener", "object"}
ODF_DDE_TAGS = {"dde-connection-decl", "dde-connection", "dde-link", "dde-source"}
LOCAL_HREF = re.compile(r"^(?:\./)?[^:/\\][^:\\]*$")  # "Pictures/1.png", "./Object 1": inside the package


class Refused(Exception):
    """The document is refused; `code` says why ("active", "trailing", "encrypted", "bomb", "content")."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


# PDF ------------------------------------------------------------------------------------------------------------


def check_pdf(data):
    end = data.rfind(b"%%EOF")
    if end < 0:
        raise Refused("content")
    if data[end + 5 :].strip(b"\r\n\t\f \x00"):
        raise Refused("trailing")
    if POLYGLOT_MARKERS.search(STREAM.sub(b"", data)):
        raise Refused("active")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise Refused("encrypted")
        objects = _pdf_objects(reader)
    except Refused:
        raise
    except Exception as exc:  # a broken or crafted file can fail anywhere in the parser: not a document
        raise Refused("content") from exc
    for obj in objects:
        _check_pdf_object(obj)


def _pdf_objects(reader):
    """Every object the file lists, also those packed in object streams, and the trailer."""
    numbers = [(number, generation) for generation, entries in reader.xref.items() for number in entries]
    numbers += [(number, 0) for number in reader.xref_objStm]
    if len(numbers) > MAX_PDF_OBJECTS:
        raise Refused("bomb")
    yield reader.trailer
    for number, generation in numbers:
        yield reader.get_object(IndirectObject(number, generation, reader))


def _check_pdf_object(obj, depth=0):
    if depth > 50:
        raise Refused("content")
    if isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            if key in PDF_FORBIDDEN_KEYS:
                raise Refused("active")
            if not isinstance(value, IndirectObject):
                _check_pdf_object(value, depth + 1)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            if not isinstance(value, IndirectObject):
                _check_pdf_object(value, depth + 1)
    elif isinstance(obj, NameObject) and obj in PDF_FORBIDDEN_NAMES:
        raise Refused("active")


# Zip containers (DOCX, ODT) -------------------------------------------------------------------------------------


def check_zip_limits(archive):
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES or sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise Refused("bomb")
    for info in infos:
        if info.file_size > MAX_ENTRY_BYTES:
            raise Refused("bomb")
        if info.file_size >= RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Refused("bomb")


def _xml(archive, name):
    try:
        return ElementTree.fromstring(archive.read(name))
    except Exception as exc:  # broken XML or an entity trick (defusedxml): not a document we take
        raise Refused("content") from exc


def _local_name(tag):
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def check_docx(archive):
    check_zip_limits(archive)
    names = archive.namelist()
    if any(OOXML_ACTIVE_PARTS.search(name) for name in names):
        raise Refused("active")
    content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    if any(word.lower() in content_types.lower() for word in OOXML_ACTIVE_TYPES):
        raise Refused("active")
    for name in names:
        if name.endswith(".rels"):
            for relation in _xml(archive, name).iter(f"{RELATIONSHIPS_NS}Relationship"):
                if relation.get("TargetMode") == "External" and relation.get("Type") != HYPERLINK_TYPE:
                    raise Refused("active")
        elif name.startswith("word/") and name.endswith(".xml"):
            root = _xml(archive, name)
            codes = []
            for element in root.iter():
                local = _local_name(element.tag)
                if local in OOXML_OBJECT_TAGS:
                    raise Refused("active")
                if local == "instrText":
                    codes.append(element.text or "")
                elif local == "fldSimple":
                    codes.append(" " + (element.get(f"{WORD_NS}instr") or "") + " ")
            if FIELD_CODES.search("".join(codes)):
                raise Refused("active")


def check_odt(archive):
    check_zip_limits(archive)
    if any(ODF_ACTIVE_PARTS.search(name) for name in archive.namelist()):
        raise Refused("active")
    for name in ("content.xml", "styles.xml", "settings.xml"):
        if name not in archive.namelist():
            continue
        for element in _xml(archive, name).iter():
            local = _local_name(element.tag)
            if local in ODF_OBJECT_TAGS or local in ODF_DDE_TAGS:
                raise Refused("active")
            href = element.get(XLINK_HREF)
            if href and local != "a" and not LOCAL_HREF.match(href):
                raise Refused("active")


def check_zipped(data, kind):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (check_odt if kind == "odt" else check_docx)(archive)
