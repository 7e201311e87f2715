"""A small client for Saleor's GraphQL API, authenticated by an App's token.

Reads are retried on network errors: asking again changes nothing. A mutation is
sent once: when the answer is lost after the request left (a read timeout, a dropped
connection, a gateway error) Saleor may have committed it, so the caller gets
`OutcomeUnknown` and looks the object up by its key before trying again
(`saleor_graphql.py`). Only a connection that was never made (`ConnectTimeout`,
connection refused) is retried for a mutation too: nothing reached Saleor.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import requests

# Connect, read (seconds). Saleor's own mutations answer in well under a second; a
# read timeout this long means the request is stuck, not slow.
DEFAULT_TIMEOUT = (3.05, 30.0)
DEFAULT_ATTEMPTS = 3
# Between attempts, doubled each time.
DEFAULT_BACKOFF = 0.2
# Gateway answers that say nothing about whether Saleor ran the request.
UNKNOWN_OUTCOME_STATUSES = frozenset({502, 503, 504})


class SaleorAPIError(Exception):
    """Base of what this client raises."""


class SaleorUnreachable(SaleorAPIError):
    """No request reached Saleor (after the retries a read is given)."""


class OutcomeUnknown(SaleorAPIError):
    """The request was sent but its answer was lost: Saleor may have run it."""


@dataclass
class GraphQLError(SaleorAPIError):
    """Saleor answered with top-level GraphQL errors (a malformed query, a missing
    permission): running the same request again gives the same answer."""

    errors: list[dict[str, Any]]

    def __str__(self) -> str:
        return "; ".join(str(error.get("message", error)) for error in self.errors)

    @property
    def permission_denied(self) -> bool:
        return any(
            (error.get("extensions") or {}).get("exception", {}).get("code")
            == "PermissionDenied"
            for error in self.errors
        )


@dataclass
class MutationError(SaleorAPIError):
    """A mutation's payload listed errors: `{field, code, message}` each."""

    mutation: str
    errors: list[dict[str, Any]] = field(default_factory=list)

    def __str__(self) -> str:
        described = ", ".join(
            f"{error.get('field')}: {error.get('code')} ({error.get('message')})"
            for error in self.errors
        )
        return f"{self.mutation} failed: {described}"

    @property
    def codes(self) -> set[str]:
        return {str(error.get("code")) for error in self.errors}


class GraphQLClient:
    """Posts GraphQL documents to one Saleor's `/graphql/` with the App's token."""

    def __init__(
        self,
        api_url: str,
        token: str,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        attempts: int = DEFAULT_ATTEMPTS,
        backoff: float = DEFAULT_BACKOFF,
        session: requests.Session | None = None,
    ):
        self.api_url = api_url
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.session = session or requests.Session()
        self.headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        }
        # Requests sent (each attempt counts): what a benchmark reads.
        self.requests_sent = 0

    def query(self, document: str, variables: dict | None = None) -> dict:
        """Run a read; network errors are retried."""
        return self._execute(document, variables, mutation=False)

    def mutate(self, document: str, variables: dict | None = None) -> dict:
        """Run a document of mutations; sent once unless it never left."""
        return self._execute(document, variables, mutation=True)

    def _execute(
        self, document: str, variables: dict | None, *, mutation: bool
    ) -> dict:
        body = {"query": document, "variables": variables or {}}
        for attempt in range(1, self.attempts + 1):
            try:
                answer = self._post(body)
            except requests.ConnectTimeout as error:
                failure: SaleorAPIError = SaleorUnreachable(str(error))
            except (requests.Timeout, requests.ConnectionError) as error:
                if mutation and not _never_sent(error):
                    raise OutcomeUnknown(str(error)) from error
                failure = SaleorUnreachable(str(error))
            else:
                if answer.status_code in UNKNOWN_OUTCOME_STATUSES:
                    failure = OutcomeUnknown(f"HTTP {answer.status_code} from Saleor")
                    if mutation:
                        raise failure
                else:
                    return _data(answer)
            if attempt == self.attempts:
                raise failure
            time.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable: the loop returns or raises")

    def _post(self, body: dict) -> requests.Response:
        self.requests_sent += 1
        return self.session.post(
            self.api_url, json=body, headers=self.headers, timeout=self.timeout
        )


def _never_sent(error: requests.RequestException) -> bool:
    """A refused or unresolvable connection: the request never reached Saleor."""
    text = str(error)
    return isinstance(error, requests.ConnectionError) and any(
        sign in text
        for sign in (
            "Connection refused",
            "Name or service not known",
            "NewConnectionError",
        )
    )


def _data(answer: requests.Response) -> dict:
    try:
        content = answer.json()
    except ValueError as error:
        raise SaleorAPIError(
            f"HTTP {answer.status_code} from Saleor, not GraphQL: {answer.text[:200]}"
        ) from error
    if content.get("errors"):
        raise GraphQLError(content["errors"])
    if answer.status_code >= 400 or content.get("data") is None:
        raise SaleorAPIError(f"HTTP {answer.status_code} from Saleor: {content}")
    return content["data"]


def payload(data: dict, name: str) -> dict:
    """A mutation's payload from `data`; MutationError when it lists errors."""
    result = data.get(name) or {}
    if result.get("errors"):
        raise MutationError(name, result["errors"])
    return result
