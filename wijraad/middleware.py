from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils import translation

from . import private_links

ADMIN_PREFIX = "/admin/"


def build_policy(*extras, base=None):
    """Merge a base policy (default: the public site's) with extra sources, e.g. for reCAPTCHA."""
    policy = {key: list(values) for key, values in (base or settings.CSP_DEFAULT).items()}
    for extra in extras:
        for key, values in extra.items():
            current = [v for v in policy.get(key, []) if v != "'none'"]
            policy[key] = current + [v for v in values if v not in current]
    return "; ".join(f"{key} {' '.join(values)}" for key, values in policy.items())


class CrossOriginResourcePolicyMiddleware:
    """`Cross-Origin-Resource-Policy: same-origin` on every response: no other site may embed our pages, images,
    documents or static files. First in MIDDLEWARE, so WhiteNoise's static files get it too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class PrivateLinkMiddleware:
    """`Referrer-Policy: no-referrer` on every response at a private link (wijraad/private_links.py), whatever it is:
    the page, its form's answer, a 404 for a wrong token. Outside SecurityMiddleware, so this one wins."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if private_links.TOKEN_IN_PATH.search(request.path):
            private_links.no_referrer(response)
        return response


class PrivateLinkOriginMiddleware:
    """Lets Django's CSRF check accept the POST of a form on a private link (withdrawing an application, cancelling
    a sign-up). That page sends `Referrer-Policy: no-referrer`, so the browser sends `Origin: null` with its form,
    which the check refuses; here it counts as this site's own origin. The CSRF token itself is still checked, and
    the secret token in the path is what no other site can know. Just before CsrfViewMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("HTTP_ORIGIN") == "null" and private_links.TOKEN_IN_PATH.search(request.path):
            request.META["HTTP_ORIGIN"] = f"{request.scheme}://{request.get_host()}"
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """A strict CSP on public pages: no inline scripts or styles, no third parties. The admin gets CSP_ADMIN.

    A view that needs more (a form with reCAPTCHA) sets `request.csp_extra`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" in response:
            return response
        if request.path.startswith(ADMIN_PREFIX):
            response["Content-Security-Policy"] = build_policy(base=settings.CSP_ADMIN)
            return response
        extras = getattr(request, "csp_extra", ())
        response["Content-Security-Policy"] = build_policy(*extras)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
        return response


class AdminLanguageMiddleware:
    """The admin speaks Dutch unless a user picks another language in their account.

    The admin has no language prefix, so Django's LocaleMiddleware would follow the
    browser's Accept-Language header there; Wagtail then uses that language for every
    user without a preference. Must come right after LocaleMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class CompressTextMiddleware(GZipMiddleware):
    """Django's gzip (with its BREACH mitigation) for pages, feeds and other text only: images, PDFs and downloads
    are compressed already. Static files never reach it: WhiteNoise, outside it, serves their .br/.gz copies."""

    COMPRESSIBLE = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(self.COMPRESSIBLE):
            return response
        return super().process_response(request, response)
