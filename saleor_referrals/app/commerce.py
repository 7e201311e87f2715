"""Where App mode gets its commerce port: one per installed instance.

App mode's `REFERRALS_COMMERCE` is `TenantCommerce`: the domain calls
`get_commerce()` as everywhere, and each call reaches the port of the instance
whose context is active (`tenancy.use_installation`), built once per instance
and token by the factory named in `REFERRALS_APP_COMMERCE_FACTORY` (called with
the instance's GraphQL API URL and the App token; Saleor's GraphQL
implementation of the port by default).
"""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string

from ..commerce import CommercePort
from .tenancy import current_installation

DEFAULT_FACTORY = "saleor_referrals.commerce.saleor_graphql.for_instance"

_ports: dict[tuple[str, str], CommercePort] = {}
_lock = threading.Lock()


class NoInstanceContext(RuntimeError):
    """The domain asked for the shop outside any installed instance's context."""


def commerce_for(saleor_api_url: str, token: str) -> CommercePort:
    """The port of one instance (cached; a new token makes a new port)."""
    key = (saleor_api_url, token)
    with _lock:
        port = _ports.get(key)
        if port is None:
            factory = import_string(
                getattr(settings, "REFERRALS_APP_COMMERCE_FACTORY", DEFAULT_FACTORY)
            )
            port = _ports[key] = factory(saleor_api_url=saleor_api_url, token=token)
        return port


def forget_ports() -> None:
    with _lock:
        _ports.clear()


class TenantCommerce:
    """The commerce port of the current instance, whichever it is."""

    def _port(self) -> CommercePort:
        installation = current_installation()
        if installation is None:
            raise NoInstanceContext("no Saleor instance is active")
        return commerce_for(installation.saleor_api_url, installation.auth_token)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._port(), name)
