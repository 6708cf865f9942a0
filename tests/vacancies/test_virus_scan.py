"""The optional clamd scan of uploaded CVs, against a fake clamd on a loopback socket that speaks clamd's INSTREAM
protocol: a hit is refused, a clean file is stored, an unreachable scanner stores the application flagged
"[controleren]" and keeps the CV from download until `manage.py scan_cvs` has scanned it."""

import socket
import struct
import threading

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from submissions.models import OutgoingMail, Submission
from vacancies.models import Application, ScanState

from .applications_support import apply, pdf_of_size, stored_files

pytestmark = pytest.mark.django_db

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


class FakeClamd:
    """Answers INSTREAM like clamd: "stream: OK" or "stream: Eicar-Test-Signature FOUND", NUL-terminated."""

    def __init__(self, family, address):
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.bind(address)
        self.sock.listen(8)
        self.address = self.sock.getsockname()
        self.scanned = []
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while True:
            try:
                conn, _peer = self.sock.accept()
            except OSError:
                return
            with conn:
                self.answer(conn)

    def read_exactly(self, conn, count):
        data = b""
        while len(data) < count:
            part = conn.recv(count - len(data))
            if not part:
                raise ConnectionError
            data += part
        return data

    def answer(self, conn):
        assert self.read_exactly(conn, len(b"zINSTREAM\0")) == b"zINSTREAM\0"
        content = b""
        while length := struct.unpack("!L", self.read_exactly(conn, 4))[0]:
            content += self.read_exactly(conn, length)
        self.scanned.append(len(content))
        verdict = b"stream: Eicar-Test-Signature FOUND\0" if EICAR in content else b"stream: OK\0"
        conn.sendall(verdict)

    def close(self):
        self.sock.close()


@pytest.fixture
def clamd_socket(tmp_path, settings):
    server = FakeClamd(socket.AF_UNIX, str(tmp_path / "clamd.sock"))
    settings.CLAMD_SOCKET = server.address
    yield server
    server.close()


@pytest.fixture
def clamd_tcp(settings):
    server = FakeClamd(socket.AF_INET, ("127.0.0.1", 0))
    settings.CLAMD_SOCKET = ""
    settings.CLAMD_HOST, settings.CLAMD_PORT = server.address
    yield server
    server.close()


def clean_pdf():
    return SimpleUploadedFile("cv.pdf", pdf_of_size(4096))


def infected_pdf():
    """A real PDF (it passes the type and active-content checks) that carries the EICAR test string."""
    content = pdf_of_size(4096)
    return SimpleUploadedFile("cv.pdf", content.replace(b"x" * len(EICAR), EICAR, 1))


@pytest.fixture
def secretary(client, django_user_model):
    user = django_user_model.objects.create_user("secretaris", "s@example.org", "geheim-wachtwoord")
    user.groups.add(Group.objects.get(name="Secretariaat"))
    return user


def test_a_clean_cv_is_scanned_and_stored(client, open_vacancy, private_root, clamd_socket):
    response = apply(client, open_vacancy, upload=clean_pdf())

    assert response.status_code == 302
    assert clamd_socket.scanned == [4096]
    application = Application.objects.get()
    assert application.cv_scan == ScanState.CLEAN
    assert not application.submission.flagged


def test_a_cv_with_a_virus_is_refused_and_nothing_is_stored(client, open_vacancy, private_root, clamd_tcp):
    response = apply(client, open_vacancy, upload=infected_pdf())

    assert response.status_code == 200
    assert "In dit bestand is een virus gevonden." in response.content.decode()
    assert clamd_tcp.scanned
    assert Submission.objects.count() == Application.objects.count() == OutgoingMail.objects.count() == 0
    assert stored_files(private_root) == []


def test_an_unreachable_scanner_stores_the_application_flagged_and_holds_back_the_cv(
    client, open_vacancy, private_root, settings, tmp_path, secretary
):
    settings.CLAMD_SOCKET = str(tmp_path / "nobody-listens.sock")

    response = apply(client, open_vacancy, upload=clean_pdf())

    assert response.status_code == 302
    application = Application.objects.get()
    assert application.cv_scan == ScanState.PENDING
    assert application.submission.flagged
    to_secretary = OutgoingMail.objects.get(to=["secretariaat@wijraad.example.org"])
    assert to_secretary.subject.startswith("[controleren]")
    assert "nog niet op virussen gecontroleerd" in to_secretary.body
    assert f"/admin/applications/cv/{application.pk}/" not in to_secretary.body

    client.force_login(secretary)
    assert client.get(f"/admin/applications/cv/{application.pk}/").status_code == 404
    inspect = client.get(f"/admin/applications/inspect/{application.pk}/").content.decode()
    assert "[controleren] Nog niet op virussen gecontroleerd" in inspect

    server = FakeClamd(socket.AF_UNIX, settings.CLAMD_SOCKET)
    try:
        call_command("scan_cvs", verbosity=0)
    finally:
        server.close()
    application.refresh_from_db()
    assert application.cv_scan == ScanState.CLEAN
    assert client.get(f"/admin/applications/cv/{application.pk}/").status_code == 200


def test_scan_cvs_deletes_a_pending_cv_with_a_virus(client, open_vacancy, private_root, settings, tmp_path):
    settings.CLAMD_SOCKET = str(tmp_path / "clamd.sock")
    apply(client, open_vacancy, upload=infected_pdf())  # scanner down: stored, pending
    assert len(stored_files(private_root)) == 1

    server = FakeClamd(socket.AF_UNIX, settings.CLAMD_SOCKET)
    try:
        call_command("scan_cvs", verbosity=0)
    finally:
        server.close()

    application = Application.objects.get()
    assert not application.cv
    assert stored_files(private_root) == []
    assert "virus gevonden" in application.status_changes.last().note


def test_without_a_scanner_nothing_is_scanned(client, open_vacancy, private_root, settings):
    settings.CLAMD_SOCKET = settings.CLAMD_HOST = ""

    assert apply(client, open_vacancy, upload=clean_pdf()).status_code == 302
    assert Application.objects.get().cv_scan == ScanState.NOT_SCANNED
