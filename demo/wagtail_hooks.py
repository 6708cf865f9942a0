from django.contrib import messages
from django.utils.translation import gettext
from wagtail import hooks

from .models import is_example


@hooks.register("before_edit_page")
def say_it_is_an_example(request, page):
    if request.method == "GET" and is_example(page):
        messages.info(
            request,
            gettext(
                "Dit is voorbeeldinhoud. De data zijn gekozen vanaf de dag waarop de voorbeeldinhoud is geladen. "
                "Pas de pagina aan of verwijder hem als je de website echt gaat gebruiken."
            ),
        )
