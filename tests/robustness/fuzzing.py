"""Seeded, bounded fuzzing of the public forms (one test module per form, so parallel runs share them out): the
contact form, the application form and a form page with every field type of the form builder. At least 1,000
malformed posts each (bad charsets and bytes, NUL and control characters, over-long fields, CRLF in name and e-mail, duplicated and missing CSRF tokens, wrong content types,
oversized bodies and files, choices not offered, out-of-range numbers and dates), between valid posts.

It holds when: no response is a 5xx; every accepted post (a redirect to the thank-you page) is stored exactly once;
a refused post stores nothing. The figures are printed (run with -s to see them).
"""

import re
import time
from urllib.parse import unquote, urlencode

from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from submissions.models import Submission
from submissions.spam import new_form_token

SEED = 20261201
MALFORMED_PER_FORM = 1000
VALID_EVERY = 10  # one valid post between every ten malformed ones

HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "Anna\x00Bakker",
    "".join(chr(code) for code in range(1, 32)),
    "\x7f\x85\u2028\u2029",
    "Anna\r\nBcc: slachtoffer@example.org",
    "anna@example.org\r\nBcc: x@example.org",
    "anna@example.org\nSubject: spam",
    "x" * 255,
    "x" * 256,
    "x" * 5001,
    "y" * 20_000,
    "\u202egnp.exe",
    "\ufeff\u200b\u200d",
    "😀" * 300,
    "<script>alert(1)</script>",
    "'; DROP TABLE contact_submission; --",
    '=HYPERLINK("http://evil")',
    "%s%n%x{0}{{7*7}}",
    "anna@exa\u200bmple.org",
    "a" * 64 + "@" + "b" * 250 + ".nl",
    "@",
    "anna@",
    "1e400",
    "NaN",
    "Infinity",
    "-0",
    "1" + "0" * 300,
    "\uff19",  # a full-width digit nine
    "2,5,5",
    "0x1F",
    "31-02-2027",
    "9999-12-31",
    "0000-00-00",
    "2027-13-01",
    "1900-01-00",
    "01-01-0001",
    "Iets wat niet in de lijst staat",
    "on",
    "off",
    "true",
]


def thanks_reference(response):
    match = re.search(r"ontvangen=([^&]+)", response.get("Location", ""))
    return unquote(match.group(1)).rpartition(":")[0] if match else None


class Fuzzer:
    def __init__(self, client, path, valid, fields, rng, csrf_token, files=None):
        self.client, self.path, self.valid, self.fields = client, path, valid, fields
        self.rng, self.csrf_token, self.files = rng, csrf_token, files or {}
        self.statuses = {}
        self.accepted = set()
        self.malformed = self.sent = self.server_errors = 0
        self.counter = 0

    def base(self):
        self.counter += 1
        data = dict(self.valid)
        for key, value in data.items():
            if "mail" in key and isinstance(value, str) and value:
                data[key] = f"fuzz{self.counter}@example.org"
        data["form_token"] = new_form_token(issued_at=time.time() - 60)
        data["website"] = ""
        data["csrfmiddlewaretoken"] = self.csrf_token
        return data

    def pairs(self, data):
        result = []
        for key, value in data.items():
            for item in value if isinstance(value, list) else [value]:
                result.append((key, item))
        return result

    def post(self, body, content_type, **extra):
        before = Submission.objects.count()
        extra.setdefault(
            "REMOTE_ADDR", f"10.{self.counter // 65536 % 256}.{self.counter // 256 % 256}.{self.counter % 256}"
        )
        response = self.client.generic("POST", self.path, data=body, content_type=content_type, **extra)
        self.sent += 1
        self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
        after = Submission.objects.count()
        reference = thanks_reference(response) if response.status_code == 302 else None
        if response.status_code >= 500:
            self.server_errors += 1
        if reference:
            assert Submission.objects.filter(reference=reference).count() == 1, reference
            assert after - before == (0 if reference in self.accepted else 1)
            self.accepted.add(reference)
        else:
            assert after == before, f"a refused post ({response.status_code}) stored something"
        return response

    def urlencoded(self, pairs, charset="utf-8"):
        return urlencode(pairs).encode(), "application/x-www-form-urlencoded" + (
            f"; charset={charset}" if charset else ""
        )

    def multipart(self, data):
        return encode_multipart(BOUNDARY, {**data, **self.files}), MULTIPART_CONTENT

    def valid_post(self):
        data = self.base()
        body, content_type = self.multipart(data) if self.files else self.urlencoded(self.pairs(data))
        response = self.post(body, content_type)
        assert response.status_code == 302, response.content.decode()[:2000]

    def malformed_post(self):
        rng = self.rng
        data = self.base()
        # Every field of the form gets a hostile value in some posts; one or a few fields in others.
        targets = (
            self.fields if rng.random() < 0.5 else rng.sample(self.fields, rng.randint(1, min(3, len(self.fields))))
        )
        for name in targets:
            data[name] = (
                rng.choice(HOSTILE_TEXT) if rng.random() < 0.9 else [rng.choice(HOSTILE_TEXT) for _ in range(3)]
            )
        transport = rng.choice(
            ["plain"] * 6
            + [
                "charset",
                "raw-bytes",
                "percent-bytes",
                "no-csrf",
                "bad-csrf",
                "two-csrf",
                "json",
                "text",
                "bad-multipart",
            ]
            + ["huge-length", "no-token", "old-token", "honeypot", "duplicate-fields", "multipart"]
        )
        pairs = self.pairs(data)
        if transport == "no-csrf":
            pairs = [(k, v) for k, v in pairs if k != "csrfmiddlewaretoken"]
        elif transport == "bad-csrf":
            pairs = [(k, "x" * 64 if k == "csrfmiddlewaretoken" else v) for k, v in pairs]
        elif transport == "two-csrf":
            pairs.append(("csrfmiddlewaretoken", "y" * 64))
        elif transport == "no-token":
            pairs = [(k, v) for k, v in pairs if k != "form_token"]
        elif transport == "old-token":
            pairs = [(k, new_form_token(issued_at=0) if k == "form_token" else v) for k, v in pairs]
        elif transport == "honeypot":
            pairs = [(k, "http://spam.example" if k == "website" else v) for k, v in pairs]
        elif transport == "duplicate-fields":
            pairs += [(k, rng.choice(HOSTILE_TEXT)) for k, _v in pairs if k in self.fields]
        if transport == "charset":
            body, content_type = self.urlencoded(pairs, charset=rng.choice(["latin1", "utf-16", "utf-7", "bogus"]))
        elif transport == "raw-bytes":
            body, content_type = self.urlencoded(pairs)
            body += b"&name=\xff\xfe\xc0\xaf"
        elif transport == "percent-bytes":
            body, content_type = self.urlencoded(pairs)
            body += b"&message=%ff%fe%c3"
        elif transport == "json":
            body, content_type = b'{"name": "Anna"}', "application/json"
        elif transport == "text":
            body, content_type = b"name=Anna", "text/plain"
        elif transport == "bad-multipart":
            body, content_type = (
                b"--nope\r\nContent-Disposition: form-data\r\n\r\nx",
                "multipart/form-data; boundary=other",
            )
        elif transport == "multipart":
            body, content_type = self.multipart(dict(pairs))
        else:
            body, content_type = self.urlencoded(pairs)
        extra = {"CONTENT_LENGTH": str(11 * 1024 * 1024)} if transport == "huge-length" else {}
        self.malformed += 1
        return self.post(body, content_type, **extra)

    def run(self):
        started = time.monotonic()
        while self.malformed < MALFORMED_PER_FORM:
            if self.malformed % VALID_EVERY == 0:
                self.valid_post()
            self.malformed_post()
        return time.monotonic() - started


def csrf_client(path):
    client = Client(enforce_csrf_checks=True)
    html = client.get(path).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return client, token


def report(kind, fuzzer, seconds):
    print(
        f"\nfuzz {kind}: {fuzzer.sent} posts ({fuzzer.malformed} malformed), {len(fuzzer.accepted)} accepted and "
        f"stored once, {fuzzer.server_errors} with status 5xx, statuses {dict(sorted(fuzzer.statuses.items()))}, "
        f"{seconds:.1f} s"
    )
