"""Refuse requests the site cannot read before anything parses them: too big, or not in UTF-8.

Runs first in MIDDLEWARE, so a 200 MB upload is refused from its Content-Length header without reading the body,
and a body in another character set never reaches Django's form parsing. The same size limits belong in the
reverse proxy (`client_max_body_size`, see the README). Each refusal writes one log line.
"""

import logging
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home import error_pages

from .middleware import ADMIN_PREFIX

logger = logging.getLogger(__name__)

UTF8_NAMES = {"utf-8", "utf8"}

TOO_LARGE = (
    _("Wat je stuurde is te groot"),
    _(
        "We konden je formulier niet aannemen, omdat het te groot is. Heb je een bestand gekozen? Ga dan terug, "
        "kies een kleiner bestand (hoogstens 5 MB) en verstuur het formulier nog een keer."
    ),
)
UNREADABLE = (
    _("We konden je formulier niet lezen"),
    _(
        "Je browser stuurde het formulier in een vorm die we niet kunnen lezen. Ga terug en verstuur het nog een "
        "keer. Lukt het dan niet? Mail of bel ons dan."
    ),
)


def body_limit(path):
    """The largest request body the site takes on this path, in bytes."""
    return settings.ADMIN_MAX_REQUEST_BYTES if path.startswith(ADMIN_PREFIX) else settings.PUBLIC_MAX_REQUEST_BYTES


def content_type_and_charset(request):
    content_type, _sep, params = request.META.get("CONTENT_TYPE", "").partition(";")
    charset = ""
    for param in params.split(";"):
        key, _eq, value = param.strip().partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    return content_type.strip().lower(), charset


def is_readable(request):
    """UTF-8 or no charset at all; a urlencoded body must be valid UTF-8, raw and percent-decoded."""
    content_type, charset = content_type_and_charset(request)
    if charset and charset not in UTF8_NAMES:
        return False
    if content_type != "application/x-www-form-urlencoded":
        return True
    try:
        body = request.body
        body.decode("utf-8")
        unquote_to_bytes(body.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def refusal(request, status, texts):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    heading, message = texts
    with translation.override(language):
        html = render_to_string(
            "request_refused.html", error_pages.context(language, heading=str(heading), message=str(message))
        )
    response = HttpResponse(html, status=status)
    response["Cache-Control"] = "no-store"
    # Our own log line says why; keep django.request from adding a second one.
    response._has_been_logged = True
    return response


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in {"GET", "HEAD", "OPTIONS"}:
            return self.get_response(request)
        raw_length = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(raw_length)
        except ValueError:
            length = -1
        if length < 0:
            logger.warning("Refused %s %s: bad Content-Length", request.method, request.path)
            return refusal(request, 400, UNREADABLE)
        if length > body_limit(request.path_info):
            logger.warning("Refused %s %s: body of %d bytes is over the limit", request.method, request.path, length)
            # Django reads no more of the body; the server closes the connection after this answer.
            response = refusal(request, 413, TOO_LARGE)
            response["Connection"] = "close"
            return response
        if not is_readable(request):
            logger.warning("Refused %s %s: not UTF-8", request.method, request.path)
            return refusal(request, 400, UNREADABLE)
        return self.get_response(request)
