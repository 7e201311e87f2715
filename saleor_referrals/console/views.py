"""The console's HTML shell: loads the built app and hands it its configuration.

Two routes reach it. The App's pages are the channel's route
(`/plugins/channel/<slug>/saleor_referrals/console/...`), which Saleor answers only
while the plugin is active in that channel: for an inactive channel Saleor itself
answers an empty 404 and the Dashboard's frame stays white. The console's channel
switch therefore opens channels through the shop-wide route
(`/plugins/saleor_referrals/console/...?channel=<slug>`), which Saleor hands to the
plugin whatever its state in the channels (`webhook_endpoint_without_channel`), so
an inactive channel gets the console's "not active in this channel" page.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.html import escape
from django.views.decorators.clickjacking import xframe_options_exempt

from .. import PLUGIN_ID
from ..dashboard.links import PLUGIN_SETTINGS_PATH, dashboard_url

logger = logging.getLogger(__name__)

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


def program_states() -> dict[str, bool]:
    """Each channel's program: active or not (a channel never set up has none)."""
    from ..models import ReferralProgram  # the shell's module loads with pages.py

    return dict(ReferralProgram.objects.values_list("channel_slug", "is_active"))


def config(request: HttpRequest) -> dict[str, object]:
    root = plugin_root(request)
    return {
        "graphqlUrl": getattr(
            settings, "REFERRALS_CONSOLE_GRAPHQL_URL", DEFAULT_GRAPHQL_URL
        ),
        "channel": channel_of(request),
        "language": language_of(request),
        "base": f"{root}{CONSOLE_PAGE}/",
        # The shop-wide route: it answers for every channel, active or not.
        "shopBase": f"{shop_prefix(request)}/plugins/{PLUGIN_ID}/{CONSOLE_PAGE}/",
        "programs": program_states(),
        # Where the plugin's settings are in the Dashboard (its path, and the
        # Dashboard's address when configured, for the console outside a frame).
        "settingsPath": PLUGIN_SETTINGS_PATH,
        "dashboardUrl": dashboard_url(),
    }


def shop_prefix(request: HttpRequest) -> str:
    """What precedes `/plugins/` in the request's path (a shop mounted below /)."""
    return request.path.split("/plugins/", 1)[0]


@xframe_options_exempt
def console_shell(request: HttpRequest) -> HttpResponse:
    """The same small page for every console route; the app routes on the client."""
    return shell_or_error_page(lambda: _shell(request), "the server", "the shop's log")


def shell_or_error_page(
    render: Callable[[], HttpResponse], server: str, log: str
) -> HttpResponse:
    """The console's page, or one that says what went wrong (never the
    Dashboard's empty white frame)."""
    try:
        return render()
    except Exception:  # the frame must show something, whatever failed
        logger.exception("The Referrals console's page failed")
        return console_error_page(
            500,
            f"The Referrals console could not be opened: {server} failed. "
            f"The error is in {log}; try again in a moment.",
        )


def console_error_page(status: int, reason: str) -> HttpResponse:
    """A console-styled page with the reason, for an error inside the frame."""
    html = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Referrals console: error {status}</title>\n"
        "<style>body{font:14px/1.5 system-ui,sans-serif;margin:0;padding:24px;"
        "color:#25262a;background:#fff}main{max-width:640px;border:1px solid #e4e4e7;"
        "border-radius:8px;padding:16px 20px}h1{font-size:20px;margin:0 0 8px}"
        "</style>\n</head>\n<body>\n"
        f'<main class="console-error" role="alert" data-status="{status}">'
        f"<h1>Referrals console: error {status}</h1><p>{escape(reason)}</p></main>\n"
        "</body>\n</html>\n"
    )
    response = HttpResponse(
        html, status=status, content_type="text/html; charset=utf-8"
    )
    response["Cache-Control"] = "no-store"
    return response


def _shell(request: HttpRequest) -> HttpResponse:
    return render_shell(config(request), plugin_root(request))


def render_shell(values: dict[str, object], root: str) -> HttpResponse:
    """The page for a console whose configuration is `values`, its assets under
    `root` (the plugin's route, or App mode's origin)."""
    language = str(values["language"])
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
