"""E-mail addresses the mailer can use exactly as typed (for the forms' check and the outbox)."""

import unicodedata

from django.core.mail.message import sanitize_address
from django.utils.encoding import punycode

# Control, format (zero-width and direction marks), separators, unassigned and private-use characters.
INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cn", "Co", "Cs"}


def can_be_encoded(address):
    """Whether the mailer can put this address in a header and an SMTP envelope exactly as typed.

    Django's mailer turns a non-ASCII part before the @ into an encoded word (not an address any server takes)
    and runs the domain through IDNA, which refuses some characters and silently drops invisible ones (U+200B,
    U+00AD): then the mail would go to another address, or never.
    """
    local, _at, domain = address.rpartition("@")
    if not local or not domain or not local.isascii():
        return False
    if any(unicodedata.category(char) in INVISIBLE_CATEGORIES for char in address):
        return False
    try:
        return sanitize_address(address, "utf-8") == f"{local}@{punycode(domain)}"
    except (ValueError, UnicodeError):
        return False
