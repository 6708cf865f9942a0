"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests that check mail. Registered in tests/conftest.py."""

import asyncio
import email
import logging
import socket
import threading
import time
from dataclasses import dataclass
from email import policy

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Delivered:
    recipients: list
    message: email.message.EmailMessage

    @property
    def body(self):
        return self.message.get_body(("plain",)).get_content()


class RecordingHandler:
    """Accepts mail and records it. `mode`: "accept", "refuse" (550), "defer" (451) or "hold" (see below)."""

    def __init__(self):
        self.delivered = []
        self.mode = "accept"
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "refuse":
            return "550 5.7.1 Message refused by policy"
        if self.mode == "defer":
            return "451 4.3.0 Mailbox busy, try again later"
        if self.mode == "hold" and not self.release.is_set():
            # Keep every sender waiting for our answer (no mail is accepted) until the test releases them; a worker
            # may send another mail beside the first. After the release, mail is accepted again.
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 Aborted"
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.delivered.append(Delivered(recipients=list(envelope.rcpt_tos), message=message))
        return "250 2.0.0 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SMTPServer:
    def __init__(self):
        self.port = free_port()
        self.handler = RecordingHandler()
        self.controller = None

    @property
    def delivered(self):
        return self.handler.delivered

    def start(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=10)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.handler.release.set()
            self.controller.stop()
            self.controller = None

    def wait_for(self, count, timeout=30):
        """Wait until `count` mails have arrived; returns them (fewer if the time ran out)."""
        deadline = time.monotonic() + timeout
        while len(self.delivered) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.delivered)


@pytest.fixture
def smtp_server(settings):
    """A running SMTP server on 127.0.0.1; Django's mail goes to it. `.stop()`/`.start()` take it down and up."""
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every address it sees
    server = SMTPServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()
