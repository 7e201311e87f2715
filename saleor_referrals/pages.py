"""Pages the plugin serves inside the shop, with no entry in the shop's URLconf.

Saleor routes `/plugins/channel/<channel>/saleor_referrals/<page>` (and the older
`/plugins/saleor_referrals/<page>`) to the plugin's `webhook`, which looks the page
up here.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .emails.consent import UNSUBSCRIBE_PAGE
from .emails.views import unsubscribe_by_query

PAGES: dict[str, Callable[[HttpRequest], HttpResponse]] = {
    UNSUBSCRIBE_PAGE: unsubscribe_by_query,
}


def serve(request: HttpRequest, path: str | None) -> HttpResponse | None:
    """The page at `path` (what follows the plugin id), or None when there is none."""
    view = PAGES.get((path or "").strip("/"))
    return view(request) if view is not None else None
