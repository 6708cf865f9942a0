from django.conf import settings
from django.utils import translation

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def build_policy(*extras):
    """Merge the site's base policy with extra sources, e.g. for reCAPTCHA."""
    policy = {key: list(values) for key, values in settings.CSP_DEFAULT.items()}
    for extra in extras:
        for key, values in extra.items():
            current = [v for v in policy.get(key, []) if v != "'none'"]
            policy[key] = current + [v for v in values if v not in current]
    return "; ".join(f"{key} {' '.join(values)}" for key, values in policy.items())


class ContentSecurityPolicyMiddleware:
    """A strict CSP on public pages: no inline scripts or styles, no third parties.

    A view that needs more (a form with reCAPTCHA) sets `request.csp_extra`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES) or "Content-Security-Policy" in response:
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
        if request.path_info.startswith(ADMIN_PREFIXES):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
