"""The news categories the secretary starts with; she can edit them in the admin.

The slug is the filter value in the web address, so only the name is translated.
"""

SNIPPETS = [
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "nieuws"},
        "fields": {"name": "{nieuws}", "sort_order": 1},
    },
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "advies"},
        "fields": {"name": "{advies}", "sort_order": 2},
    },
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "verslag"},
        "fields": {"name": "{verslag}", "sort_order": 3},
    },
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "agenda"},
        "fields": {"name": "{agenda}", "sort_order": 4},
    },
]

TEXT = {
    "nieuws": {"nl": "Nieuws", "en": "News"},
    "advies": {"nl": "Advies", "en": "Advice"},
    "verslag": {"nl": "Verslag", "en": "Report"},
    "agenda": {"nl": "Agenda", "en": "Events"},
}
