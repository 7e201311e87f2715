"""The unsubscribe page behind every marketing e-mail's link.

GET shows what the link will do and a button (mail scanners follow links: a GET
must not unsubscribe anyone); POST records the opt-out. Mail clients' one-click
unsubscribe (RFC 8058) is a POST to the same URL without a CSRF token, which the
signed token makes safe to accept.

Two ways in: the plugin's page in Saleor (`.../saleor_referrals/unsubscribe?token=`,
see `pages.py`) and `saleor_referrals.urls` (`unsubscribe/<token>/`).
"""

from __future__ import annotations

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import pgettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..writer import allow_writer
from . import consent
from .i18n import resolve_language
from .registry import ASKS, INVITATIONS, UPDATES
from .render import render_template


def topic_label(topic: str) -> str:
    labels = {
        ASKS: pgettext("referrals", "reminders to share your referral code"),
        UPDATES: pgettext("referrals", "updates about your referrals"),
        INVITATIONS: pgettext("referrals", "invitations from friends"),
    }
    return labels[topic]


def browser_languages(request: HttpRequest) -> list[str]:
    """`fa-IR,fa;q=0.9,en;q=0.8` -> `["fa-IR", "fa", "en"]` (in the header's order)."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    return [part.split(";")[0].strip() for part in header.split(",")]


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = consent.read_token(token)
    except signing.BadSignature:
        # No token to say the language: the browser's, as far as we have a catalog.
        language = resolve_language(*browser_languages(request))
        page = render_template("unsubscribe_page.html", language, {"invalid": True})
        return HttpResponse(page, status=400)
    language = resolve_language(subscription.language)
    done = request.method == "POST"
    if done:
        with allow_writer():
            consent.opt_out(subscription.email, subscription.topic)
    with translation.override(language):
        label = topic_label(subscription.topic)
    context = {"done": done, "email": subscription.email, "topic_label": label}
    return HttpResponse(render_template("unsubscribe_page.html", language, context))


def unsubscribe_by_query(request: HttpRequest) -> HttpResponse:
    """The same page with the token in the query string (the plugin's own page).

    The form posts back to the same URL, query string included, and so does a mail
    client's one-click POST to the `List-Unsubscribe` link.
    """
    return unsubscribe(request, request.GET.get("token", ""))
