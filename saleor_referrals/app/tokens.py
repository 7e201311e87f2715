"""Saleor's access tokens, verified by App mode: who is calling the App's API.

Saleor signs its access tokens (`saleor.core.jwt`) as RS256 JWTs with the
instance's key, whose public half is at `<instance>/.well-known/jwks.json`, the
same keys that sign its webhooks (`signatures.KEYS` caches them per instance and
refetches once on an unknown `kid`). Two kinds reach the App:

- a customer's (or staff user's) token from `tokenCreate`: `type: access`,
  `user_id` (the User's global id), `email`, `is_staff`;
- the token the Dashboard's app bridge hands the App's pages for the staff user
  (`create_access_token_for_app`): `type: thirdparty`, `app` (this App's global
  id in that instance) and `permissions`, the staff user's permissions that the
  App holds too. Only such a token grants staff fields in App mode.

`iss` is the instance's API URL: it names the instance the token must be signed
by. A refresh token, a token another App was handed, one signed by another key
or expired is refused.

What the App cannot check without asking Saleor: Saleor also compares the token's
`token` claim with the user's current `jwt_token_key`, so it refuses a token
after the user changed their password or was deactivated. The App accepts such
a token until it expires (Saleor's access tokens live 5 minutes by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import jwt
from graphql_relay import from_global_id

from .models import Installation
from .signatures import ALGORITHM, KEYS, SignatureError
from .tenancy import normalized_api_url

ACCESS_TYPE = "access"
APP_ACCESS_TYPE = "thirdparty"
SALEOR_OWNER = "saleor"
# Clock difference tolerated between Saleor and the App.
LEEWAY_SECONDS = 10
MAX_TOKEN_LENGTH = 8192


class TokenErrorCode(StrEnum):
    """Why a token was refused; the name is also the error's
    `extensions.exception.code`, as Saleor names PyJWT's errors (the console signs
    out or reports on these)."""

    EXPIRED = "ExpiredSignatureError"
    INVALID = "InvalidTokenError"
    BAD_SIGNATURE = "InvalidSignatureError"
    OTHER_APP = "PermissionDenied"


class TokenRefused(Exception):
    def __init__(self, code: TokenErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Caller:
    """A verified token's user: Saleor's user pk and e-mail, and for a token the
    Dashboard handed this App, the permissions it grants (Saleor's names, e.g.
    `MANAGE_DISCOUNTS`). `permissions` is empty for a customer's token."""

    user_id: int
    email: str
    is_staff: bool
    permissions: frozenset[str]
    via_app: bool


def issuer_of(token: str) -> str | None:
    """The unverified `iss` of a token: only to pick the instance whose key must
    have signed it."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    issuer = claims.get("iss")
    return issuer if isinstance(issuer, str) and issuer else None


def _claims(installation: Installation, token: str) -> dict[str, Any]:
    if len(token) > MAX_TOKEN_LENGTH:
        raise TokenRefused(TokenErrorCode.INVALID, "The token is too long.")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as error:
        raise TokenRefused(TokenErrorCode.INVALID, f"Not a token: {error}") from error
    kid = header.get("kid")
    if header.get("alg") != ALGORITHM or not isinstance(kid, str):
        raise TokenRefused(
            TokenErrorCode.INVALID, "Not a token of Saleor (RS256 with a key id)."
        )
    try:
        key = KEYS.key(installation, kid)
    except SignatureError as error:
        raise TokenRefused(
            TokenErrorCode.BAD_SIGNATURE, "The token is not signed by this instance."
        ) from error
    try:
        return jwt.decode(
            token,
            key=key,
            algorithms=[ALGORITHM],
            leeway=LEEWAY_SECONDS,
            # Saleor puts an App's audience in its tokens when the App has one;
            # the instance's signature and `app` claim are what bind it here.
            options={"require": ["exp", "iss"], "verify_aud": False},
        )
    except jwt.ExpiredSignatureError as error:
        raise TokenRefused(TokenErrorCode.EXPIRED, "The token has expired.") from error
    except jwt.InvalidSignatureError as error:
        raise TokenRefused(
            TokenErrorCode.BAD_SIGNATURE, "The token is not signed by this instance."
        ) from error
    except jwt.PyJWTError as error:
        raise TokenRefused(TokenErrorCode.INVALID, f"Invalid token: {error}") from error


def _user_pk(claims: dict[str, Any]) -> int:
    try:
        type_name, pk = from_global_id(str(claims.get("user_id") or ""))
    except Exception:
        type_name, pk = "", ""
    if type_name != "User" or not pk.isdigit():
        raise TokenRefused(TokenErrorCode.INVALID, "The token names no user.")
    return int(pk)


def verify_token(installation: Installation, token: str) -> Caller:
    """The caller a token of `installation` names, or TokenRefused."""
    claims = _claims(installation, token)
    if normalized_api_url(str(claims.get("iss"))) != installation.saleor_api_url:
        raise TokenRefused(
            TokenErrorCode.INVALID, "The token was issued by another instance."
        )
    if claims.get("owner", SALEOR_OWNER) != SALEOR_OWNER:
        raise TokenRefused(TokenErrorCode.INVALID, "Not a token Saleor issued.")
    kind = claims.get("type")
    if kind not in (ACCESS_TYPE, APP_ACCESS_TYPE):
        raise TokenRefused(
            TokenErrorCode.INVALID, "Not an access token (use tokenCreate's token)."
        )
    email = claims.get("email")
    if not isinstance(email, str) or not email:
        raise TokenRefused(TokenErrorCode.INVALID, "The token names no e-mail.")
    permissions: frozenset[str] = frozenset()
    if kind == APP_ACCESS_TYPE:
        if not installation.app_id or claims.get("app") != installation.app_id:
            raise TokenRefused(
                TokenErrorCode.OTHER_APP, "The token was handed to another App."
            )
        granted = claims.get("permissions")
        if isinstance(granted, list):
            permissions = frozenset(str(name) for name in granted)
    return Caller(
        user_id=_user_pk(claims),
        email=email,
        is_staff=bool(claims.get("is_staff")),
        permissions=permissions,
        via_app=kind == APP_ACCESS_TYPE,
    )
