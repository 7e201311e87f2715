"""The two calls App mode's installation makes to a Saleor instance itself: its
public keys (`signatures.fetch_jwks`) and, here, the token check. Everything else
the App asks of Saleor goes through the commerce port (`commerce.py`)."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

TIMEOUT_SECONDS = 10
MAX_ANSWER_BYTES = 64 * 1024
APP_QUERY = "query ReferralsAppToken { app { id } }"


def app_id(saleor_api_url: str, token: str) -> str | None:
    """The id of the App that `token` belongs to, asked of the instance at
    `saleor_api_url`; None when the instance does not know the token."""
    request = urllib.request.Request(
        saleor_api_url,
        data=json.dumps({"query": APP_QUERY}).encode(),
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {token}",
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        answer: Any = json.loads(response.read(MAX_ANSWER_BYTES))
    app = (answer.get("data") or {}).get("app") if isinstance(answer, dict) else None
    return app.get("id") if isinstance(app, dict) and app.get("id") else None
