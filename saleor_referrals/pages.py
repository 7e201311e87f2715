"""Pages the plugin serves inside the shop, with no entry in the shop's URLconf.

Saleor routes `/plugins/channel/<channel>/saleor_referrals/<page>` (and the older
`/plugins/saleor_referrals/<page>`) to the plugin's `webhook`, which looks the page
up here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified

from .console.views import CONSOLE_PAGE, console_shell
from .emails.consent import UNSUBSCRIBE_PAGE
from .emails.views import unsubscribe_by_query
from .saleor_app.manifest import MANIFEST_PAGE, manifest_view

PAGES: dict[str, Callable[[HttpRequest], HttpResponse]] = {
    UNSUBSCRIBE_PAGE: unsubscribe_by_query,
    MANIFEST_PAGE: manifest_view,
}
# Pages that own every sub-path too (client-side routing): `console/review` is the
# console's shell like `console`.
SECTIONS: dict[str, Callable[[HttpRequest], HttpResponse]] = {
    CONSOLE_PAGE: console_shell,
}


# Built front-ends (the console, the storefront widget), shipped as package data.
ASSETS_DIR = Path(__file__).with_name("assets")
ASSETS_PREFIX = "assets/"
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
    ".woff2": "font/woff2",
    ".png": "image/png",
}
# Short, so a plugin upgrade reaches browsers soon; the ETag makes re-checks cheap.
ASSET_MAX_AGE_SECONDS = 300


@cache
def _asset(name: str) -> tuple[bytes, str, str] | None:
    """(content, content type, etag) of a shipped asset; None outside ASSETS_DIR."""
    if not name or name.startswith((".", "/")) or "\\" in name:
        return None
    path = (ASSETS_DIR / name).resolve()
    content_type = CONTENT_TYPES.get(path.suffix)
    if content_type is None or not path.is_relative_to(ASSETS_DIR.resolve()):
        return None
    if not path.is_file():
        return None
    content = path.read_bytes()
    return content, content_type, f'"{hashlib.sha256(content).hexdigest()[:32]}"'


def asset_version(name: str) -> str | None:
    """A short hash of a shipped asset's content (for cache-busting URLs)."""
    asset = _asset(name)
    return asset[2].strip('"')[:12] if asset is not None else None


def serve_asset(request: HttpRequest, name: str) -> HttpResponse | None:
    """A built asset, cacheable and loadable from any origin (storefront modules)."""
    asset = _asset(name)
    if asset is None:
        return None
    content, content_type, etag = asset
    if request.headers.get("If-None-Match") == etag:
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(content, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={ASSET_MAX_AGE_SECONDS}"
    # `<script type="module">` from a storefront's origin is a CORS request.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def serve(request: HttpRequest, path: str | None) -> HttpResponse | None:
    """The page at `path` (what follows the plugin id), or None when there is none."""
    path = (path or "").strip("/")
    if path.startswith(ASSETS_PREFIX):
        return serve_asset(request, path.removeprefix(ASSETS_PREFIX))
    view = PAGES.get(path) or SECTIONS.get(path.split("/", 1)[0])
    return view(request) if view is not None else None
