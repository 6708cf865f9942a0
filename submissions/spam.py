"""Spam checks shared by every public form: fill-time token, rate limit and the reCAPTCHA verdict.

The honeypot field and the form-side wiring live in `contact.forms.ProtectedFormMixin`.
"""

import hashlib
import logging
import math
import secrets
import time
from dataclasses import dataclass
from urllib.error import URLError

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django_recaptcha import client as recaptcha_client

from .models import FlagReason

logger = logging.getLogger(__name__)

TOKEN_SALT = "contact.form-token"  # noqa: S105 (a signing salt, not a secret)


# Fill-time token ------------------------------------------------------------------------------------------------


def new_form_token(issued_at=None):
    """A signed, unique token that records when the form was shown; the nonce also identifies one filled-in form."""
    issued_at = time.time() if issued_at is None else issued_at
    return signing.dumps({"n": secrets.token_urlsafe(12), "t": int(issued_at)}, salt=TOKEN_SALT, compress=False)


@dataclass(frozen=True)
class FormToken:
    nonce: str
    issued_at: int

    @property
    def age(self):
        return time.time() - self.issued_at


def read_form_token(value):
    """The token's contents, or None when it is missing, tampered with or malformed."""
    try:
        data = signing.loads(value or "", salt=TOKEN_SALT)
        return FormToken(nonce=str(data["n"]), issued_at=int(data["t"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


# Rate limit -----------------------------------------------------------------------------------------------------


def client_ip(request):
    """The visitor's address. Behind a proxy that sets X-Forwarded-For, trust only the address it added (the last)."""
    if settings.FORMS_TRUST_X_FORWARDED_FOR:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "")


def _rate_key(request):
    # A keyed hash: the cache never holds visitors' IP addresses.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{client_ip(request)}".encode()).hexdigest()[:32]
    return f"contact:rate:{digest}"


def rate_limit_seconds_left(now=None):
    """Seconds until the current rate-limit window ends."""
    if not settings.FORMS_RATE_LIMIT:
        return 0
    window = settings.FORMS_RATE_LIMIT[1]
    now = time.time() if now is None else now
    return max(1, math.ceil(window - now % window))


def hit_rate_limit(request, now=None):
    """Count this POST from this address; True when the address has used up its forms for this window.

    Every POST counts, valid or not. Each one claims one of `limit` slots in the cache with `cache.add`, which is
    atomic on every backend (an INSERT on a primary key in the database cache, SET NX in Redis), so posts sent at
    the same moment never share a slot. The slots belong to a fixed window of the clock: nothing a later post does
    (no `incr`, no `touch`) can move the window, on any cache backend.
    """
    if not settings.FORMS_RATE_LIMIT:
        return False
    limit, window = settings.FORMS_RATE_LIMIT
    now = time.time() if now is None else now
    key = f"{_rate_key(request)}:{int(now // window)}"
    return not any(cache.add(f"{key}:{slot}", 1, timeout=window) for slot in range(limit))


# reCAPTCHA ------------------------------------------------------------------------------------------------------


def recaptcha_enabled():
    return bool(settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY)


@dataclass(frozen=True)
class Verdict:
    """PASS: a person. BOT: refuse and keep the input. Anything else is no verdict: accept, flagged for a check."""

    is_bot: bool = False
    flag: str = ""

    @property
    def passed(self):
        return not self.is_bot and not self.flag


PASS = Verdict()
BOT = Verdict(is_bot=True)


def recaptcha_verdict(token, remote_ip, action):
    """Ask Google about a v3 token. Never raises: a service that cannot be reached is not a bot verdict."""
    if not token:
        return Verdict(flag=FlagReason.NO_TOKEN)
    try:
        answer = recaptcha_client.submit(
            recaptcha_response=token, private_key=settings.RECAPTCHA_PRIVATE_KEY, remoteip=remote_ip
        )
    except (URLError, OSError, ValueError, KeyError) as exc:
        # django-recaptcha lets timeouts and refused connections escape; they say nothing about the visitor.
        logger.warning("reCAPTCHA verification unavailable (%s)", type(exc).__name__)
        return Verdict(flag=FlagReason.UNREACHABLE)
    if not answer.is_valid:
        if "invalid-input-response" in answer.error_codes:
            return BOT
        # Expired or reused tokens and errors in our own keys: no judgement about the visitor.
        logger.warning("reCAPTCHA gave no verdict: %s", ",".join(answer.error_codes) or "no error code")
        return Verdict(flag=FlagReason.NO_VERDICT)
    score = answer.extra_data.get("score")
    if score is None:
        return Verdict(flag=FlagReason.NO_VERDICT)
    if answer.action and answer.action != action:
        return BOT
    return BOT if float(score) < settings.RECAPTCHA_REQUIRED_SCORE else PASS
