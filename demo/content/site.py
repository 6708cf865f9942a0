"""The footer texts and the site settings: the contact details at the bottom of every page.

In English the name, the PO box and the postcode stay as they are (the post is delivered in Dutch); the line
saying who the post is for is English, so no Dutch sentence is left on an English page.
"""

SNIPPETS = [
    {
        "type": "home.FooterText",
        "lookup": {},
        "fields": {
            "organisation_name": "{organisation_name}",
            "postal_address": "{postal_address}",
            "links": [
                ("link", {"page": "page:privacy", "url": "", "text": ""}),
                ("link", {"page": "page:toegankelijkheid", "url": "", "text": ""}),
            ],
        },
    },
]

SETTINGS = {"type": "home.SiteSettings", "fields": {"phone": "050 123 45 67"}}

TEXT = {
    "organisation_name": {"nl": "WIJ-raad Groningen", "en": "WIJ-raad Groningen"},
    "postal_address": {
        "nl": ["t.a.v. de ambtelijk secretaris", "Postbus 1234", "9700 AA Groningen"],
        "en": ["Attn. the council secretary", "Postbus 1234", "9700 AA Groningen"],
    },
}
