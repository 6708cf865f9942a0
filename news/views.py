import re

from wagtail.views import serve

from .calendar import ICS_FILENAME

# Wagtail's page URLs end in a slash and allow no dot, so ".../agenda.ics" needs its own URL pattern.
EVENT_ICS_PATTERN = rf"^((?:[\w\-]+/)+){re.escape(ICS_FILENAME)}$"


def event_ics(request, path):
    """Serve `<news item>/agenda.ics` through Wagtail's own routing (site, language, privacy, hooks)."""
    return serve(request, f"{path}{ICS_FILENAME}/")
