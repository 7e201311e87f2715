"""Template filters of the e-mail templates (loaded as `{% load referral_email %}`)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()


@register.filter
def isolate(value: object) -> SafeString:
    """Bidi-isolate a name, code or amount inside a sentence (html only).

    A Latin name in a Persian sentence (or the reverse) otherwise drags neighbouring
    punctuation to the wrong side; `dir="auto"` isolates it and picks its direction.
    """
    return format_html('<span dir="auto">{}</span>', value)
