"""What the demo site says to residents: one voice ("je"), a privacy statement whose periods are the site's own,
an accessibility statement in the government's format, and every form linking the privacy statement."""

import re

import polib
import pytest
from django.conf import settings as django_settings
from wagtail.models import Page, Site

from submissions.kinds import retention_months
from submissions.models import ContactSettings
from tests.html import soup
from vacancies.models import VacancySettings
from vacancies.retention import retention_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

# Addressing the reader formally: "u" or "uw" as a word ("uur", "nu", "jouw" do not count).
FORMAL = re.compile(r"\b(?:u|uw)\b", re.IGNORECASE)


def formal_words_outside_quotations(response):
    """Sentences on a Dutch page that say "u"/"uw", outside a quotation (<blockquote>) and parts in another language."""
    html = soup(response)
    for element in html.select("blockquote, script, style, [lang]:not([lang|=nl])"):
        element.decompose()
    text = " ".join(html.body.get_text(" ", strip=True).split())
    return [sentence for sentence in re.split(r"(?<=[.?!])\s+", text) if FORMAL.search(sentence)]


def test_no_dutch_page_addresses_the_reader_as_u_outside_a_quotation(client):
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code="nl").specific()
    assert pages.count() >= 15

    found = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        if sentences := formal_words_outside_quotations(response):
            found[page.url] = sentences

    assert found == {}


def test_the_quoted_letter_keeps_its_own_words_inside_a_quotation(client):
    html = soup(client.get("/nieuws/brief-burgerparticipatie-en-de-wij-raad/"))

    letter = html.select_one("main figure.quote--letter blockquote")
    assert "informeren wij u in deze brief" in letter.get_text(" ", strip=True)
    assert (
        html.select_one("main figure.quote--letter figcaption")
        .get_text(strip=True)
        .startswith("Burgemeester en wethouders van Groningen")
    )


def test_no_dutch_interface_text_says_u():
    catalogue = polib.pofile(django_settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po")

    assert [entry.msgid for entry in catalogue if not entry.obsolete and FORMAL.search(entry.msgid)] == []


def retention_lines(client, path="/privacy/"):
    return [li.get_text(" ", strip=True) for li in soup(client.get(path)).select("main ul.retention-periods li")]


def test_privacy_statement_periods_are_the_retention_settings(client):
    vacancy_settings = retention_settings()
    lines = retention_lines(client)

    assert lines[0] == f"Berichten via het contactformulier: {retention_months()} maanden nadat we ze kregen."
    assert lines[1] == (
        f"Aanmeldingen voor een bijeenkomst en andere formulieren: {retention_months()} maanden nadat we ze kregen."
    )
    assert f": {vacancy_settings.retention_weeks} weken na het einde van de procedure." in lines[2]
    assert f": {vacancy_settings.retention_months_with_consent} maanden na het einde van de procedure." in lines[3]
    # formpages/retention.py: sign-ups of a form with a sensitive question.
    assert lines[4].endswith("nodig hebt om mee te doen: tot de dag na de bijeenkomst.")


def test_privacy_statement_follows_a_changed_setting_in_both_languages(client):
    site = Site.objects.get(is_default_site=True)
    ContactSettings.objects.update_or_create(site=site, defaults={"retention_months": 1})
    VacancySettings.objects.update_or_create(
        site=site, defaults={"retention_weeks": 6, "retention_months_with_consent": 18}
    )
    assert (retention_months(), retention_settings().retention_weeks) == (1, 6)  # what the deletion uses

    dutch, english = retention_lines(client), retention_lines(client, "/en/privacy/")

    assert dutch[0] == "Berichten via het contactformulier: 1 maand nadat we ze kregen."
    assert "6 weken na het einde van de procedure" in dutch[2]
    assert "18 maanden na het einde van de procedure" in dutch[3]
    assert english[0] == "Messages sent with the contact form: 1 month after we received them."
    assert "6 weeks after the procedure ends" in english[2]
    assert "18 months after the procedure ends" in english[3]


def test_privacy_statement_has_what_a_public_body_must_say(client):
    text = " ".join(soup(client.get("/privacy/")).find("main").get_text(" ", strip=True).split())

    for needed in [
        "verwerkingsverantwoordelijke",
        "functionaris gegevensbescherming",
        "artikel 6 lid 1 e AVG",  # contact and sign-ups: a task in the public interest
        "Grondslag: je toestemming (artikel 6 lid 1 a AVG)",  # applications
        "artikel 9 lid 2 a AVG",  # needs at a meeting say something about health
        "verwerkersovereenkomst",
        "servers in Nederland",
        "Inzage",
        "Correctie",
        "Verwijdering",
        "Bezwaar",
        "binnen een maand antwoord",
        "Autoriteit Persoonsgegevens",
    ]:
        assert needed in text, needed


def test_privacy_statement_names_recaptcha_only_while_it_is_on(client, settings):
    assert "reCAPTCHA" not in soup(client.get("/privacy/")).find("main").get_text()

    settings.RECAPTCHA_PUBLIC_KEY, settings.RECAPTCHA_PRIVATE_KEY = "public-key", "private-key"
    main = soup(client.get("/privacy/")).find("main").get_text(" ", strip=True)

    assert "Onze formulieren gebruiken Google reCAPTCHA om spam tegen te houden." in main
    assert "buiten de Europese Unie" in main


def test_accessibility_statement_follows_the_government_model(client):
    html = soup(client.get("/toegankelijkheid/"))
    headings = [h2.get_text(strip=True) for h2 in html.select("main h2")]
    text = " ".join(html.find("main").get_text(" ", strip=True).split())

    assert html.h1.get_text(strip=True) == "Toegankelijkheidsverklaring"
    assert headings == [
        "Waarvoor geldt deze verklaring?",
        "Status",
        "Hoe hebben we de website getest?",
        "Wat hebben we gedaan?",
        "Wat werkt nog niet goed?",
        "Wat gaan we doen?",
        "Loop je ergens tegenaan?",
        "Niet tevreden over ons antwoord?",
    ]
    for needed in [
        "Besluit digitale toegankelijkheid overheid",
        "Status C: eerste maatregelen genomen.",
        "Deze verklaring is opgesteld op 2 december 2026.",
        "axe-core",
        "alleen het toetsenbord",
        "WCAG-EM",
        "Nationale ombudsman",
    ]:
        assert needed in text, needed


@pytest.mark.parametrize(
    ("path", "privacy"),
    [
        ("/contact/", "/privacy/"),
        ("/vacatures/lid-van-de-wij-raad/", "/privacy/"),
        ("/aanmelden-open-vergadering/", "/privacy/"),
        ("/en/contact/", "/en/privacy/"),
        ("/en/vacancies/member-of-the-wij-raad/", "/en/privacy/"),
        ("/en/sign-up-open-meeting/", "/en/privacy/"),
    ],
)
def test_every_form_links_the_privacy_statement_in_its_language(client, path, privacy):
    form = soup(client.get(path)).find("form", class_="form")

    # Once: beside the consent where the form asks for it (applying), else under the questions.
    assert [link["href"] for link in form.select("a") if "privacy" in link["href"]] == [privacy]


def test_contact_and_signup_forms_ask_no_consent_the_application_form_does(client):
    def checkboxes(path):
        form = soup(client.get(path)).find("form", class_="form")
        return [box["name"] for box in form.find_all("input", attrs={"type": "checkbox"})]

    assert checkboxes("/contact/") == []
    assert "toestemming" not in soup(client.get("/aanmelden-open-vergadering/")).find("form").get_text()
    # Applying rests on consent, and keeping an application for a later vacancy needs a consent of its own.
    assert checkboxes("/vacatures/lid-van-de-wij-raad/") == ["consent", "keep_for_future"]


def test_privacy_page_is_chosen_in_the_site_settings(admin_client):
    from home.models import SiteSettings

    chosen = SiteSettings.for_site(Site.objects.get(is_default_site=True)).privacy_page
    assert chosen.url == "/privacy/"
    response = admin_client.get(f"/admin/settings/home/sitesettings/{Site.objects.get(is_default_site=True).pk}/")
    assert response.status_code == 200
    assert 'name="privacy_page"' in response.content.decode()


def test_sentences_that_point_to_another_page_link_to_it(client):
    def links(path):
        return {a.get_text(strip=True): a["href"] for a in soup(client.get(path)).select("main .page-body a, main p a")}

    about = links("/jouw-mening-telt/")
    assert about["profielschets"] == "/jouw-mening-telt/profielschets/"
    assert about["contactpagina"] == "/contact/"
    assert links("/vacatures/")["contactpagina"] == "/contact/"
    english = links("/en/your-opinion-counts/")
    assert english["member profile"] == "/en/your-opinion-counts/member-profile/"
    assert english["contact page"] == "/en/contact/"
