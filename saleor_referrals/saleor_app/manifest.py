"""The App manifest: how Saleor and its Dashboard mount the Referrals console.

Saleor installs an App from a manifest (`saleor/app/manifest_schema.py`): its
permissions, its page (`appUrl`) and its extensions, each an iframe the Dashboard
mounts somewhere (a navigation entry, a widget on a details page). The plugin serves
the manifest at `/plugins/channel/<channel>/saleor_referrals/manifest.json`; every URL
in it is absolute and points at the same channel's console, so the one App opens the
console of the channel whose manifest was installed (the console can switch).

No `tokenTargetUrl`: the console never holds a token of its own. The Dashboard hands
each page a short-lived JWT of the signed-in staff user, limited to the permissions
the App (or extension) and the user share (`create_access_token_for_app`,
`create_access_token_for_app_extension`); the console calls `/graphql/` with it, so
a user without the staff permission gets nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from .. import PLUGIN_ID, __version__
from ..commerce import get_commerce
from ..console.views import CONSOLE_PAGE
from ..emails.consent import configured_public_url
from ..graphql.core import permission_name, staff_permission

APP_IDENTIFIER = "saleor-referrals"
# Extensions → Installed lists the App and the plugin side by side: the App is the
# console, the plugin ("Referrals") its settings.
APP_NAME = "Referrals console"
# The navigation entry (Discounts → Referrals) and the widgets' title.
EXTENSION_LABEL = "Referrals"
APP_ABOUT = (
    "The referral program's console: review queue, referrals and rewards, tiers, "
    "campaigns, contests, causes and events, per channel. Its settings are the "
    "Referrals plugin's (Extensions → Installed → Referrals, or "
    "/extensions/plugin/saleor_referrals)."
)
APP_AUTHOR = "saleor-referrals"
# The plugin's page (pages.py) serving the manifest; the console's is CONSOLE_PAGE.
MANIFEST_PAGE = "manifest.json"
# The Dashboard builds extension routes since 3.23 (mount names, WIDGET target).
REQUIRED_SALEOR_VERSION = ">=3.23"

# Saleor's plugin route for a channel; what precedes it is the shop's own prefix.
PLUGIN_ROUTE = re.compile(
    rf"^(?P<route>.*/plugins/channel/(?P<channel>[.0-9A-Za-z_\-]+)/{PLUGIN_ID}/)"
)


@dataclass(frozen=True)
class Extension:
    """One place the Dashboard mounts the console.

    `page` is the console's sub-path: the console shell reads it (and the query
    the Dashboard appends: `customerId`, `orderId`, `id`, `saleorApiUrl`, ...).
    """

    identifier: str
    label: str
    mount: str
    target: str
    page: str


EXTENSIONS = (
    # The 3.23 Dashboard has no marketing section: discounts is the nearest, and
    # the staff permission is MANAGE_DISCOUNTS too. APP_PAGE opens the console in
    # the Dashboard's own frame; its URL must be relative to `appUrl`.
    Extension(
        "referrals-console", EXTENSION_LABEL, "NAVIGATION_DISCOUNTS", "APP_PAGE", ""
    ),
    # Widgets on the customer's and the order's page: that customer's referral
    # status (the Dashboard appends `customerId` / `orderId`).
    Extension(
        "referrals-customer",
        EXTENSION_LABEL,
        "CUSTOMER_DETAILS_WIDGETS",
        "WIDGET",
        "customer",
    ),
    Extension(
        "referrals-order", EXTENSION_LABEL, "ORDER_DETAILS_WIDGETS", "WIDGET", "order"
    ),
)


def build_manifest(plugin_url: str) -> dict[str, Any]:
    """The manifest for the plugin's pages at `plugin_url` (absolute, ending in
    `/saleor_referrals/`, the channel in its path)."""
    base = plugin_url.rstrip("/")
    console = f"{base}/{CONSOLE_PAGE}"
    permissions = [permission_name(staff_permission())]
    extensions = []
    for extension in EXTENSIONS:
        if extension.target == "APP_PAGE":
            url = f"/{extension.page}"
        else:
            url = f"{console}/{extension.page}" if extension.page else console
        extensions.append(
            {
                "identifier": extension.identifier,
                "label": extension.label,
                "mount": extension.mount,
                "target": extension.target,
                "url": url,
                # The extension's token carries exactly these: without them the
                # Dashboard would hand the widget a token that reads nothing.
                "permissions": permissions,
            }
        )
    return {
        "id": APP_IDENTIFIER,
        "name": APP_NAME,
        "version": __version__,
        "about": APP_ABOUT,
        "author": APP_AUTHOR,
        "permissions": permissions,
        "appUrl": console,
        "requiredSaleorVersion": REQUIRED_SALEOR_VERSION,
        "extensions": extensions,
        "webhooks": [],
    }


def public_origin() -> str:
    """The API's public origin when configured: REFERRALS_PUBLIC_URL, else Saleor's
    own PUBLIC_URL (what Saleor's absolute links use); "" when neither is set."""
    return configured_public_url() or (
        getattr(settings, "PUBLIC_URL", "") or ""
    ).rstrip("/")


def channel_plugin_url(channel_slug: str, public_url: str = "") -> str:
    """Absolute URL of the plugin's pages for a channel, ending in `/`: from
    `public_url`, else the configured public origin, else the shop's own address
    (Saleor's Site domain); "" when none is known."""
    origin = (public_url or public_origin()).rstrip("/")
    if origin:
        return f"{origin}/plugins/channel/{quote(channel_slug)}/{PLUGIN_ID}/"
    page = get_commerce().page_url(channel_slug, "")
    return page if not page or page.endswith("/") else f"{page}/"


def request_plugin_url(request: HttpRequest) -> str | None:
    """The plugin's URL for the channel whose route was requested; None outside a
    channel's route.

    The origin is the configured public one when there is one: Saleor fetches the
    manifest server-side through `requests_hardened`, which connects to the
    resolved address and sends the host name without its port, so the `Host` it
    sends is not always the address the operator typed. Else the request's own.
    """
    match = PLUGIN_ROUTE.match(request.path)
    if match is None:
        return None
    origin = public_origin() or f"{request.scheme}://{request.get_host()}"
    return f"{origin}{match['route']}"


def manifest_url(plugin_url: str) -> str:
    return f"{plugin_url.rstrip('/')}/{MANIFEST_PAGE}"


def manifest_view(request: HttpRequest) -> HttpResponse:
    """GET the manifest (public: it holds no secret, and Saleor fetches it
    without credentials)."""
    if request.method not in ("GET", "HEAD"):
        response = HttpResponse(status=405)
        response["Allow"] = "GET, HEAD"
        return response
    plugin_url = request_plugin_url(request)
    if plugin_url is None:
        return HttpResponse(
            "The manifest is per channel: "
            f"/plugins/channel/<channel>/{PLUGIN_ID}/{MANIFEST_PAGE}",
            status=404,
            content_type="text/plain; charset=utf-8",
        )
    response = JsonResponse(build_manifest(plugin_url))
    response["Cache-Control"] = "no-cache"
    response["Access-Control-Allow-Origin"] = "*"
    return response
