"""The console and the storefront widget, served by App mode.

The console is the plugin's (the same built assets, the same shell,
`console/views.py`); only where it finds things differs:

- the page is `/console/<page>` (the manifest's `appUrl` and extensions), the
  channel is `?channel=` (else the first channel whose program is on);
- the referral API is the App's `/graphql/`, called with the token the Dashboard's
  app bridge hands the page (the token's issuer names the instance: `api.py`);
- Saleor's own fields the console needs (`channels`, and `tokenCreate` to sign in
  outside the Dashboard) go to the instance's API, which the Dashboard names in
  the frame's `?saleorApiUrl=`.

Built assets (the console's and the widget's module) are at `/assets/<name>`,
loadable from any origin, as the plugin serves them under its route.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.clickjacking import xframe_options_exempt

from .. import pages
from ..console.views import (
    channel_of,
    language_of,
    program_states,
    render_shell,
    shell_or_error_page,
)
from .tenancy import UnknownInstance, installation_for, use_installation

GRAPHQL_PATH = "/graphql/"
CONSOLE_BASE = "/console/"
ASSETS_ROOT = "/"
INSTANCE_PARAMETER = "saleorApiUrl"


def console_config(request: HttpRequest) -> dict[str, object]:
    named = request.GET.get(INSTANCE_PARAMETER, "").strip()
    programs: dict[str, bool] | None = None
    saleor_api_url = None
    if named:
        try:
            installation = installation_for(named)
        except UnknownInstance:
            installation = None
        if installation is not None:
            saleor_api_url = installation.saleor_api_url
            with use_installation(installation):
                programs = program_states()
    channel = channel_of(request)
    if not channel and programs:
        active = sorted(slug for slug, on in programs.items() if on)
        channel = active[0] if active else ""
    return {
        "appMode": True,
        "graphqlUrl": GRAPHQL_PATH,
        # Unknown until the instance is named: the console then asks the Dashboard.
        "saleorApiUrl": saleor_api_url,
        "channel": channel,
        "language": language_of(request),
        "base": CONSOLE_BASE,
        # One route answers every channel in App mode.
        "shopBase": CONSOLE_BASE,
        # None: not known (no instance named); the console shows every channel.
        "programs": programs,
        "settingsPath": None,
        "dashboardUrl": None,
    }


@xframe_options_exempt
def console_view(request: HttpRequest, page: str = "") -> HttpResponse:
    """The console's shell for every console route (the app routes on the client)."""
    return shell_or_error_page(
        lambda: render_shell(console_config(request), ASSETS_ROOT),
        "the App",
        "the App's log",
    )


def asset_view(request: HttpRequest, name: str) -> HttpResponse:
    response = pages.serve_asset(request, name)
    if response is None:
        raise Http404(name)
    return response
