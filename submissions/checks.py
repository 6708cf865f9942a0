from django.conf import settings
from django.core.checks import Tags, Warning, register

from .spam import recaptcha_enabled


@register(Tags.security)
def recaptcha_keys_set(app_configs, **kwargs):
    """Production expects reCAPTCHA; the forms still work without it (honeypot, fill time and rate limit only)."""
    if not settings.FORMS_EXPECT_RECAPTCHA or recaptcha_enabled():
        return []
    return [
        Warning(
            "reCAPTCHA is off: RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY are not both set.",
            hint="Set both (reCAPTCHA v3 keys) to add Google's bot check to the public forms.",
            id="contact.W001",
        )
    ]
