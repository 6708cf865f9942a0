"""Optional virus scan of uploads with ClamAV's clamd, over its socket (CLAMD_SOCKET, or CLAMD_HOST and CLAMD_PORT).

Off when neither is set. `scan()` returns the name of what clamd found, or None for a clean file; it raises
`ScannerUnavailable` when clamd cannot be reached or gives no verdict. Then the application is stored, flagged
"[controleren]", and its CV is not offered for download until `manage.py scan_cvs` has scanned it.
"""

import socket
import struct

from django.conf import settings

CHUNK = 64 * 1024


class ScannerUnavailable(Exception):
    pass


def is_configured():
    return bool(settings.CLAMD_SOCKET or settings.CLAMD_HOST)


def _connect():
    if settings.CLAMD_SOCKET:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        address = settings.CLAMD_SOCKET
    else:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        address = (settings.CLAMD_HOST, settings.CLAMD_PORT)
    sock.settimeout(settings.CLAMD_TIMEOUT)
    try:
        sock.connect(address)
    except OSError:
        sock.close()
        raise
    return sock


def scan(fileobj):
    """clamd's INSTREAM command: the file in length-prefixed chunks, then a zero length; the answer ends in NUL."""
    try:
        with _connect() as sock:
            sock.sendall(b"zINSTREAM\0")
            fileobj.seek(0)
            while chunk := fileobj.read(CHUNK):
                sock.sendall(struct.pack("!L", len(chunk)) + chunk)
            sock.sendall(struct.pack("!L", 0))
            answer = b""
            while not answer.endswith(b"\0"):
                part = sock.recv(4096)
                if not part:
                    break
                answer += part
    except OSError as exc:
        raise ScannerUnavailable(type(exc).__name__) from exc
    finally:
        fileobj.seek(0)
    text = answer.rstrip(b"\0").decode("utf-8", "replace").strip()
    if text.endswith(" OK"):
        return None
    if text.endswith(" FOUND"):
        return text.removeprefix("stream:").removesuffix(" FOUND").strip() or "unknown"
    raise ScannerUnavailable(text[:200] or "no answer")
