"""Private links: a secret token in the path gives access without logging in (an applicant's status page and its
withdrawal, the link that cancels a sign-up). The token must not leak:

- every response at such a path sends `Referrer-Policy: no-referrer` (wijraad.middleware.PrivateLinkMiddleware),
  so no other site, and no request for a picture or stylesheet, gets the address with the token;
- access logs write `[token]` instead of it: `redact()` for gunicorn (wijraad/access_log.py), and the same pattern
  in the reverse proxy's log format (README, "Production").
"""

import re

# /aanmelding/<token>/ (and /intrekken/), /<form page>/afmelden/<token>/, with the word of every language
# (locale/<lang>, msgctxt "URL"); tests/deploy/test_private_links.py checks each language's links against it.
TOKEN_IN_PATH = re.compile(r"(/(?:aanmelding|afmelden|application|cancel)/)[A-Za-z0-9_-]{20,}")


def redact(text):
    """`text` (a path, a request line, a Referer) with every private token replaced by [token]."""
    return TOKEN_IN_PATH.sub(r"\1[token]", text) if text else text


def no_referrer(response):
    response["Referrer-Policy"] = "no-referrer"
    return response
