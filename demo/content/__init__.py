"""The demo site's content: one module per page (or set of snippets), Dutch and English side by side.

A module has `TEXT`, every translatable passage by a stable id: `{"nl": ..., "en": ...}`, each as
wagtail-localize offers it to a translator (a paragraph without its <p>, a list item, a heading, the title,
the slug; a text given as a list of lines is one passage of lines). The fields refer to a passage as `{id}`,
so fixing a Dutch typo keeps its English text. Then one of:

- `PAGE`: `type` (app.Model), `parent` (URL path under the home page, "" for the home page, None for the
  home page itself), `fields`, and optionally `translate` (False: Dutch only), `home_section` (a pointer on
  the home page, with this text), `linked_from` (another page's field that points here, set once),
  `fill_while_empty` (an existing page filled while this field is empty);
- `SNIPPETS`: a list of `type`, `lookup` (what makes it the same object) and `fields`;
- `SETTINGS`: `type` and `fields`, set where empty.

In `fields`, StreamField data is a list of (block type, value); "page:<path>" is the page at that path;
a dict for a foreign key looks the object up in Dutch; a list of dicts for child objects (form fields) creates them;
`tags` is a list of tag names; a callable is called at load time.
"""

# What the loader does, in this order: ("load", module) creates what is missing, ("translate", modules)
# translates into English, ("home_section", module) adds the page's pointer to the home page.
STEPS = [
    ("load", "jouw_mening_telt"),
    ("load", "privacy"),
    ("load", "accessibility"),
    ("load", "home"),
    ("load", "site"),
    ("translate", ["home", "jouw_mening_telt", "privacy", "accessibility", "site"]),
    ("load", "contact"),
    ("translate", ["contact"]),
    ("load", "profile"),
    ("load", "council"),
    ("translate", ["profile", "council"]),
    ("load", "vacancies"),
    ("translate", ["vacancies"]),
    ("load", "member_vacancy"),
    ("translate", ["member_vacancy"]),
    ("load", "chair_vacancy"),
    ("translate", ["chair_vacancy"]),
    ("load", "council_members"),
    ("home_section", "vacancies"),
    ("load", "news_categories"),
    ("load", "news"),
    ("load", "news_advice"),
    ("load", "news_participation"),
    ("load", "news_expert_meeting"),
    ("translate", ["news_categories", "news", "news_participation", "news_expert_meeting"]),
    ("home_section", "news"),
    # After the news: the sign-up form is linked from the expert meeting's news item, which is translated again.
    ("load", "form_expert_meeting"),
    ("load", "form_open_meeting"),
    ("translate", ["form_expert_meeting", "form_open_meeting", "news_expert_meeting"]),
]
