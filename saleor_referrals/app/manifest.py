"""App mode's manifest (`/api/manifest`): what Saleor installs.

Permissions, the fewest that work (each is a Saleor permission the App's token
needs for something the domain does through the commerce port or a webhook):

- `MANAGE_DISCOUNTS`: the friend voucher and its codes (one per advocate's code),
  advocate reward vouchers, member codes; also the console's staff permission,
  as in plugin mode.
- `MANAGE_GIFT_CARD`: the advocate's wallet gift card and its top-ups and
  clawbacks (`giftCardCreate`, `giftCardBalanceAdjust`), gift card notes.
- `MANAGE_ORDERS`: the order webhooks' subscriptions read the shopper
  (`user`, `userEmail`), order notes, and counting a customer's earlier paid
  orders (new-customer rule, first-order thank-you).
- `MANAGE_USERS`: the customer webhooks' subscriptions read the account's e-mail
  and metadata (the sign-up's `referral_code`), and customers are looked up by id.

The console's extensions are the plugin's (`saleor_app.manifest.EXTENSIONS`),
served by the App under `/console/`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from .. import __version__
from ..saleor_app.manifest import (
    APP_AUTHOR,
    APP_IDENTIFIER,
    EXTENSION_LABEL,
    EXTENSIONS,
    REQUIRED_SALEOR_VERSION,
)
from .subscriptions import WEBHOOKS

APP_NAME = "Referrals"
APP_ABOUT = (
    "Customer referral program: personal codes backed by Saleor vouchers, "
    "two-sided rewards, store credit on gift cards, held rewards and clawback. "
    "Runs as an App (App mode): Saleor's webhooks in, Saleor's GraphQL API out."
)
PERMISSIONS = ("MANAGE_DISCOUNTS", "MANAGE_GIFT_CARD", "MANAGE_ORDERS", "MANAGE_USERS")
# The console's extensions carry only the staff permission (as in plugin mode).
EXTENSION_PERMISSIONS = ("MANAGE_DISCOUNTS",)
REGISTER_PATH = "/api/register"
WEBHOOK_PATH = "/api/webhooks"
CONSOLE_PATH = "/console/"


def build_manifest(app_url: str) -> dict[str, Any]:
    """The manifest for the App served at `app_url` (absolute origin + prefix)."""
    base = app_url.rstrip("/")
    console = f"{base}{CONSOLE_PATH}"
    extensions = []
    for extension in EXTENSIONS:
        if extension.target == "APP_PAGE":
            url = f"/{extension.page}"
        else:
            url = f"{console}{extension.page}"
        extensions.append(
            {
                "identifier": extension.identifier,
                "label": extension.label or EXTENSION_LABEL,
                "mount": extension.mount,
                "target": extension.target,
                "url": url,
                "permissions": list(EXTENSION_PERMISSIONS),
            }
        )
    return {
        "id": APP_IDENTIFIER,
        "name": APP_NAME,
        "version": __version__,
        "about": APP_ABOUT,
        "author": APP_AUTHOR,
        "permissions": list(PERMISSIONS),
        "appUrl": console,
        "tokenTargetUrl": f"{base}{REGISTER_PATH}",
        "requiredSaleorVersion": REQUIRED_SALEOR_VERSION,
        "extensions": extensions,
        "webhooks": [
            {
                "name": name,
                "asyncEvents": list(events),
                "query": query,
                "targetUrl": f"{base}{WEBHOOK_PATH}",
                "isActive": True,
            }
            for name, events, query in WEBHOOKS
        ],
    }


def app_url(request: HttpRequest) -> str:
    """The App's public URL: `REFERRALS_APP_PUBLIC_URL` when set (behind a proxy
    the request's own host is not what Saleor reaches), else the request's."""
    configured = getattr(settings, "REFERRALS_APP_PUBLIC_URL", "") or ""
    return configured.rstrip("/") or f"{request.scheme}://{request.get_host()}"


def manifest_view(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        response = HttpResponse(status=405)
        response["Allow"] = "GET, HEAD"
        return response
    response = JsonResponse(build_manifest(app_url(request)))
    response["Cache-Control"] = "no-cache"
    response["Access-Control-Allow-Origin"] = "*"
    return response
