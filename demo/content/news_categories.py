"""The news categories the secretary starts with; she can edit them in the admin.

The slug is the filter value in the web address, so only the name is translated.
"""

SNIPPETS = [
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "nieuws"},
        "fields": {"name": "{category_1}", "sort_order": 1},
    },
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "advies"},
        "fields": {"name": "{category_2}", "sort_order": 2},
    },
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "verslag"},
        "fields": {"name": "{category_3}", "sort_order": 3},
    },
    {
        "type": "news.NewsCategory",
        "lookup": {"slug": "agenda"},
        "fields": {"name": "{category_4}", "sort_order": 4},
    },
]

TEXT = {
    "category_1": {"nl": "Nieuws", "en": "News"},
    "category_2": {"nl": "Advies", "en": "Advice"},
    "category_3": {"nl": "Verslag", "en": "Report"},
    "category_4": {"nl": "Agenda", "en": "Events"},
}
