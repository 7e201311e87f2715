"""Saleor's webhook signatures: a detached JWS (RS256) of the raw body in the
`Saleor-Signature` header, signed with the instance's key, whose public half is at
`<instance>/.well-known/jwks.json`.

Saleor signs with PyJWT (`saleor.core.jwt_manager.jws_encode`): the header holds
`kid`, `b64: false` and `crit: ["b64"]`; the signing input is the header and the raw
body. The keys are cached per instance (in the registry row and in this process);
a `kid` the cache does not know is fetched once more (key rotation), at most once a
minute per instance, so a flood of made-up key ids costs no flood of fetches.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from typing import Any
from urllib.parse import urljoin

import jwt
from django.utils import timezone
from jwt import PyJWKSet

from .models import Installation

ALGORITHM = "RS256"
JWKS_PATH = "/.well-known/jwks.json"
FETCH_TIMEOUT_SECONDS = 5
REFETCH_INTERVAL_SECONDS = 60.0
MAX_JWKS_BYTES = 64 * 1024


class SignatureError(Exception):
    """The delivery is unsigned, or not signed by the instance's key."""


def jwks_url(saleor_api_url: str) -> str:
    return urljoin(saleor_api_url, JWKS_PATH)


def fetch_jwks(saleor_api_url: str) -> dict[str, Any]:
    """GET the instance's public keys (a JSON Web Key Set)."""
    request = urllib.request.Request(
        jwks_url(saleor_api_url), headers={"Accept": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
        document = json.loads(response.read(MAX_JWKS_BYTES))
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise SignatureError(f"{jwks_url(saleor_api_url)} is not a key set")
    return document


class KeyCache:
    """The instances' key sets in this process, keyed by API URL."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sets: dict[str, tuple[dict[str, Any], PyJWKSet]] = {}
        self._fetched_at: dict[str, float] = {}

    def clear(self) -> None:
        with self._lock:
            self._sets.clear()
            self._fetched_at.clear()

    def forget(self, url: str) -> None:
        """After a (re)install: the next delivery reads the registry's keys."""
        with self._lock:
            self._sets.pop(url, None)
            self._fetched_at.pop(url, None)

    def _key_set(self, document: dict[str, Any]) -> PyJWKSet:
        return PyJWKSet.from_dict(document)

    def key(self, installation: Installation, kid: str) -> Any:
        """The public key with `kid`; refetches the instance's set once when the
        cached one lacks it."""
        url = installation.saleor_api_url
        with self._lock:
            cached = self._sets.get(url)
        if cached is None and installation.jwks:
            cached = (installation.jwks, self._key_set(installation.jwks))
            with self._lock:
                self._sets[url] = cached
        if cached is not None and (found := _find(cached[1], kid)) is not None:
            return found
        if not self._may_fetch(url):
            raise SignatureError(f"unknown key id {kid!r}")
        document = fetch_jwks(url)
        key_set = self._key_set(document)
        with self._lock:
            self._sets[url] = (document, key_set)
        Installation.objects.filter(pk=installation.pk).update(
            jwks=document, jwks_fetched_at=timezone.now()
        )
        if (found := _find(key_set, kid)) is None:
            raise SignatureError(f"unknown key id {kid!r}")
        return found

    def _may_fetch(self, url: str) -> bool:
        now = time.monotonic()
        with self._lock:
            last = self._fetched_at.get(url)
            if last is not None and now - last < REFETCH_INTERVAL_SECONDS:
                return False
            self._fetched_at[url] = now
            return True


def _find(key_set: PyJWKSet, kid: str) -> Any:
    for key in key_set.keys:
        if key.key_id == kid:
            return key.key
    return None


KEYS = KeyCache()


def verify(installation: Installation, signature: str, body: bytes) -> None:
    """SignatureError unless `signature` is the instance's detached JWS of `body`."""
    if not signature:
        raise SignatureError("no Saleor-Signature header")
    try:
        header = jwt.get_unverified_header(signature)
    except jwt.PyJWTError as error:
        raise SignatureError(f"malformed signature: {error}") from error
    kid = header.get("kid")
    if header.get("alg") != ALGORITHM or not isinstance(kid, str):
        raise SignatureError("not an RS256 signature with a key id")
    if header.get("b64", True) is not False:
        raise SignatureError("not a detached signature of the raw body")
    key = KEYS.key(installation, kid)
    try:
        jwt.api_jws.decode_complete(
            signature, key=key, algorithms=[ALGORITHM], detached_payload=body
        )
    except jwt.PyJWTError as error:
        raise SignatureError(f"bad signature: {error}") from error
