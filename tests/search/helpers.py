from tests.html import texts


def paragraph_body(text):
    return [("heading", {"text": "Over dit onderwerp", "level": "h2"}), ("paragraph", f"<p>{text}</p>")]


def result_titles(response):
    """The titles on a search results page, in order."""
    return texts(response, "h3.search-result__title > a")
