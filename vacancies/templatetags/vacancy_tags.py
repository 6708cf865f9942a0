from django import template

from ..seats import seats_for_request

register = template.Library()


@register.inclusion_tag("vacancies/includes/open_seats.html", takes_context=True)
def open_seats(context):
    """The sentence with the number of open seats, for any page that wants to show it."""
    request = context.get("request")
    return {"seats": seats_for_request(request) if request else None}


@register.simple_tag(takes_context=True)
def seats(context):
    """The seats in the council (open, taken, maximum), for a page that words them itself."""
    request = context.get("request")
    return seats_for_request(request) if request else None
