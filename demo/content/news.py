"""The news index."""

PAGE = {
    "type": "news.NewsIndexPage",
    "parent": "",
    "home_section": "{section}",
    "fields": {"slug": "{slug}", "title": "{title}", "intro": "{intro}", "show_in_menus": True},
}

TEXT = {
    "slug": {"nl": "nieuws", "en": "news"},
    "title": {"nl": "Nieuws", "en": "News"},
    "intro": {
        "nl": "Berichten, adviezen, verslagen en bijeenkomsten van en over de WIJ-raad.",
        "en": "News, advice, reports and meetings from and about the WIJ-raad.",
    },
    "section": {
        "nl": "Nieuws, adviezen, verslagen en bijeenkomsten.",
        "en": "News, advice, reports and meetings.",
    },
}
