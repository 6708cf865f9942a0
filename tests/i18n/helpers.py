import re

SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.S)
LINK = re.compile(r'<a href="([^"]*)" lang="([^"]*)" hreflang="([^"]*)">([^<]*)</a>')


def switcher_links(response):
    """(href, lang, hreflang, link text) of every link in the language switcher."""
    nav = SWITCHER.search(response.content.decode())
    assert nav, "the page has no language switcher"
    return LINK.findall(nav.group(0))


def html_lang(response):
    return re.search(r'<html lang="([^"]*)"', response.content.decode()).group(1)


def alternates(response):
    """{hreflang: href} of the <link rel="alternate" hreflang> tags."""
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]*)" href="([^"]*)">', response.content.decode()))
