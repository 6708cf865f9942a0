"""Shared helpers for the agenda and home page tests: a form the secretary builds herself."""

from tests.factories.contact import FormFieldFactory, FormPageFactory


def form_page(parent, slug="inschrijven", title="Inschrijven voor de wijkavond", **fields):
    """A form with a name and an e-mail address, anywhere in the tree."""
    page = FormPageFactory(parent=parent, slug=slug, title=title, **fields)
    FormFieldFactory(page=page, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(page=page, label="E-mailadres", field_type="email", sort_order=1)
    return page
