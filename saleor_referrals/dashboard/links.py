"""Where an operator finds the plugin and its console in the Saleor Dashboard.

Checked in Dashboard 3.23.27 (and the same on its main branch): the Configuration
page has no Plugins entry (`/plugins` only redirects to Extensions → Installed), and
Extensions → Installed lists a plugin only once it is active in some channel
(`byActivePlugin`); Extensions → Explore lists the Saleor marketplace, not the
plugins of this shop. A plugin's settings page is always at
`/extensions/plugin/<plugin id>`, active or not: that is the link we print.

The Dashboard's address is not known to Saleor's settings: Saleor's own home page
reads the `DASHBOARD_URL` environment variable; REFERRALS_DASHBOARD_URL wins over it.
Without either, links are the Dashboard's paths (what to append to its address).
"""

from __future__ import annotations

import base64
import os

from django.conf import settings

from .. import PLUGIN_ID

PLUGIN_SETTINGS_PATH = f"/extensions/plugin/{PLUGIN_ID}"
# Dashboard 3.23+: an installed App's page (`ExtensionsUrls.resolveViewManifest...`).
APP_PAGE_PATH = "/extensions/app/{app_id}"


def dashboard_url() -> str:
    """The Dashboard's address without its trailing slash, or "" when unknown."""
    configured = getattr(settings, "REFERRALS_DASHBOARD_URL", "") or os.environ.get(
        "DASHBOARD_URL", ""
    )
    return configured.strip().rstrip("/")


def dashboard_link(path: str, base: str | None = None) -> str:
    """`path` in the Dashboard: absolute when its address is known."""
    origin = (dashboard_url() if base is None else base).rstrip("/")
    return f"{origin}{path}"


def plugin_settings_link(base: str | None = None) -> str:
    return dashboard_link(PLUGIN_SETTINGS_PATH, base)


def app_global_id(app_pk: int) -> str:
    """Saleor's GraphQL ID of an App (`graphene.Node.to_global_id("App", pk)`)."""
    return base64.b64encode(f"App:{app_pk}".encode()).decode()


def console_link(app_pk: int, base: str | None = None) -> str:
    """The installed console App's page in the Dashboard."""
    return dashboard_link(APP_PAGE_PATH.format(app_id=app_global_id(app_pk)), base)
