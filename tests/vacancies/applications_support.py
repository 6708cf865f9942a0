"""Fixtures and sample files for the application tests (tests/vacancies/test_applications*.py).

The fixtures are made available to tests/vacancies by its conftest.py.
"""

import io
import struct
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories.contact import protected_post
from tests.factories.vacancies import VacancyPageFactory

VALID_DATA = {
    "name": "Fatima el Amrani",
    "email": "fatima@example.org",
    "phone": "06 12 34 56 78",
    "neighbourhood": "9724 AB",
    "relation": "mantelzorger",
    "motivation": "Ik zorg voor mijn moeder en wil meepraten over hoe WIJ werkt.",
    "consent": "on",
}


@pytest.fixture
def private_root(settings, tmp_path):
    """Each test stores uploads in its own folder, so "nothing on disk" can be checked."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def open_vacancy(vacancy_index, private_root):
    return VacancyPageFactory(parent=vacancy_index, title="Lid van de WIJ-raad", slug="lid")


def stored_files(root):
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def apply(client, page, upload=None, remote_addr="127.0.0.1", **changes):
    data = protected_post({**VALID_DATA, **changes})
    if upload is not None:
        data["cv"] = upload
    return client.post(page.url, data, REMOTE_ADDR=remote_addr)


# Sample files -----------------------------------------------------------------------------------------------------


def pdf_of_size(size):
    """A real, harmless PDF of exactly `size` bytes (the padding is a metadata text)."""
    from pypdf import PdfWriter

    def build(padding):
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        writer.add_metadata({"/Padding": "x" * padding})
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    padding = size - len(build(0))
    for _attempt in range(5):
        content = build(padding)
        if len(content) == size:
            return content
        padding += size - len(content)
    raise AssertionError("could not make a PDF of that size")


PDF_BYTES = pdf_of_size(2048)


def pdf(name="cv.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def docx_bytes(main_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
            "</Types>",
        )
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr(
            "word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
        )
        for name in extra:
            archive.writestr(name, b"\x00")
    return buffer.getvalue()


def odt_bytes(mimetype="application/vnd.oasis.opendocument.text", extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # The OpenDocument rule: "mimetype" first and uncompressed.
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>", compress_type=zipfile.ZIP_DEFLATED)
        for name in extra:
            archive.writestr(name, b"\x00")
    return buffer.getvalue()


def ole_bytes(streams):
    """A minimal OLE2 compound file (the container of .doc) holding `streams` ({name: bytes or None for a
    storage}), each stream at least 4096 bytes so it lives in normal sectors."""
    sector = 512
    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    names = list(streams)
    data_sectors, fat, start_of = [], [fat_sector, end], {}
    for name in names:
        content = streams[name]
        if content is None:
            continue
        count = -(-len(content) // sector)
        first = 2 + len(data_sectors)
        start_of[name] = first
        fat += [first + i + 1 for i in range(count - 1)] + [end]
        data_sectors += [content[i * sector : (i + 1) * sector].ljust(sector, b"\x00") for i in range(count)]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name, kind, left=no_stream, right=no_stream, child=no_stream, start=end, size=0):
        encoded = (name + "\x00").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB3I", len(encoded), kind, 1, left, right, child)
            + b"\x00" * 16
            + struct.pack("<I", 0)
            + b"\x00" * 16
            + struct.pack("<IQ", start, size)
        )

    # Root's child is the first entry; the others hang off it as right siblings (a valid, if lopsided, tree).
    entries = [entry("Root Entry", 5, child=1 if names else no_stream)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else no_stream
        content = streams[name]
        if content is None:
            entries.append(entry(name, 1, right=right))
        else:
            entries.append(entry(name, 2, right=right, start=start_of[name], size=len(content)))
    empty = b"\x00" * 64 + struct.pack("<HBB3I", 0, 0, 0, no_stream, no_stream, no_stream) + b"\x00" * 48
    directory = b"".join(entries) + empty * (sector // 128 - len(entries))

    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )
    return header + struct.pack(f"<{sector // 4}I", *fat) + directory + b"".join(data_sectors)


def doc_bytes(extra_streams=None):
    return ole_bytes({"WordDocument": b"\xec\xa5" + b"\x00" * 5000, **(extra_streams or {})})


def exe_bytes():
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" + b"\x00" * 4000
