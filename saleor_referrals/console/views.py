"""The console's HTML shell: loads the built app and hands it its configuration."""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.html import escape
from django.views.decorators.clickjacking import xframe_options_exempt

CONSOLE_PAGE = "console"
LANGUAGES = ("en", "fa", "ar")
RTL_LANGUAGES = frozenset({"fa", "ar"})
DEFAULT_GRAPHQL_URL = "/graphql/"
# `/plugins/channel/<slug>/saleor_referrals/...` (Saleor's per-channel plugin route).
CHANNEL_IN_PATH = re.compile(r"/plugins/channel/(?P<channel>[.0-9A-Za-z_\-]+)/")
PLUGIN_ROOT = re.compile(r"^(?P<root>.*?/saleor_referrals/)")
SLUG = re.compile(r"^[.0-9A-Za-z_\-]{1,255}$")
TITLES = {"en": "Referrals", "fa": "معرفی‌ها", "ar": "الإحالات"}


def channel_of(request: HttpRequest) -> str:
    """The channel slug: from the per-channel route, else `?channel=`; "" if none."""
    if match := CHANNEL_IN_PATH.search(request.path):
        return match["channel"]
    slug = request.GET.get("channel", "").strip()
    return slug if SLUG.match(slug) else ""


def language_of(request: HttpRequest) -> str:
    """`?lang=`, else the first of en/fa/ar in Accept-Language, else English."""
    asked = request.GET.get("lang", "").strip().lower()[:2]
    if asked in LANGUAGES:
        return asked
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";", 1)[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


def plugin_root(request: HttpRequest) -> str:
    """The absolute path of the plugin's routes, e.g.
    `/plugins/channel/default-channel/saleor_referrals/` — whatever the sub-path."""
    match = PLUGIN_ROOT.match(request.path)
    return match["root"] if match else "/plugins/saleor_referrals/"


def asset_url(root: str, name: str) -> str:
    """An asset's URL with its content hash, so a new build is fetched at once."""
    # pages.py registers this module's view: import it when serving, not at load.
    from .. import pages

    version = pages.asset_version(f"console/{name}") or "missing"
    return f"{root}assets/console/{name}?v={version}"


def config(request: HttpRequest) -> dict[str, str]:
    root = plugin_root(request)
    return {
        "graphqlUrl": getattr(
            settings, "REFERRALS_CONSOLE_GRAPHQL_URL", DEFAULT_GRAPHQL_URL
        ),
        "channel": channel_of(request),
        "language": language_of(request),
        "base": f"{root}{CONSOLE_PAGE}/",
    }


@xframe_options_exempt
def console_shell(request: HttpRequest) -> HttpResponse:
    """The same small page for every console route; the app routes on the client."""
    values = config(request)
    root = plugin_root(request)
    language = values["language"]
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    # `</` cannot appear inside the JSON: it would close the script element.
    payload = json.dumps(values).replace("</", "<\\/")
    html = (
        "<!doctype html>\n"
        f'<html lang="{language}" dir="{direction}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="same-origin">\n'
        f"<title>{escape(TITLES[language])}</title>\n"
        f'<link rel="stylesheet" href="{escape(asset_url(root, "console.css"))}">\n'
        f'<script type="module" src="{escape(asset_url(root, "console.js"))}"></script>\n'
        "</head>\n<body>\n"
        f'<script type="application/json" id="referrals-console-config">{payload}</script>\n'
        '<div id="referrals-console" aria-live="polite"></div>\n'
        "<noscript>The Referrals console needs JavaScript.</noscript>\n"
        "</body>\n</html>\n"
    )
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    # The shell is tiny and names hashed assets: never cache it stale.
    response["Cache-Control"] = "no-cache"
    response["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: https:; connect-src *; frame-ancestors *"
    )
    return response
