"""The App's GraphQL client against a real HTTP server on this machine that answers
as scripted: what is retried, what is not, and what the caller is told."""

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from saleor_referrals.commerce.graphql_client import (
    GraphQLClient,
    GraphQLError,
    MutationError,
    OutcomeUnknown,
    SaleorAPIError,
    SaleorUnreachable,
    payload,
)

ANSWER = {"data": {"shop": {"name": "Example Coffee"}}}


class Script:
    """Answers (status, body, delay in seconds), one per request; the requests seen."""

    def __init__(self):
        self.answers: list[tuple[int, object, float]] = []
        self.received: list[dict] = []


@pytest.fixture
def saleor() -> Iterator[tuple[str, Script]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers["Content-Length"])
            script.received.append(
                {
                    "body": json.loads(self.rfile.read(length)),
                    "authorization": self.headers["Authorization"],
                }
            )
            status, body, delay = script.answers.pop(0)
            time.sleep(delay)
            text = body if isinstance(body, str) else json.dumps(body)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(text.encode())
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting: what the test is about

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/graphql/", script
    server.shutdown()
    server.server_close()


def client(url: str, **options) -> GraphQLClient:
    return GraphQLClient(url, "app-token", backoff=0, **options)


def test_a_query_carries_the_apps_token_and_returns_data(saleor):
    url, script = saleor
    script.answers = [(200, ANSWER, 0)]
    assert client(url).query("{ shop { name } }") == ANSWER["data"]
    assert script.received == [
        {
            "body": {"query": "{ shop { name } }", "variables": {}},
            "authorization": "Bearer app-token",
        }
    ]


def test_a_read_is_retried_after_a_gateway_error_and_a_timeout(saleor):
    url, script = saleor
    script.answers = [(503, "busy", 0), (200, ANSWER, 1.0), (200, ANSWER, 0)]
    reader = client(url, timeout=(1, 0.3))
    assert reader.query("{ shop { name } }") == ANSWER["data"]
    assert len(script.received) == 3
    assert reader.requests_sent == 3


def test_a_mutation_whose_answer_is_lost_is_not_sent_again(saleor):
    url, script = saleor
    script.answers = [(200, {"data": {}}, 1.0), (200, {"data": {}}, 0)]
    with pytest.raises(OutcomeUnknown):
        client(url, timeout=(1, 0.3)).mutate("mutation { x }")
    assert len(script.received) == 1


def test_a_mutation_answered_by_a_gateway_error_is_of_unknown_outcome(saleor):
    url, script = saleor
    script.answers = [(504, "gateway timeout", 0)]
    with pytest.raises(OutcomeUnknown, match="504"):
        client(url).mutate("mutation { x }")
    assert len(script.received) == 1


def test_a_refused_connection_is_retried_even_for_a_mutation():
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    refused = client(f"http://127.0.0.1:{port}/graphql/", attempts=2)
    with pytest.raises(SaleorUnreachable):
        refused.mutate("mutation { x }")
    assert refused.requests_sent == 2


def test_graphql_errors_are_raised_with_their_messages(saleor):
    url, script = saleor
    denied = {
        "errors": [
            {
                "message": "You need one of the following permissions: MANAGE_GIFT_CARD",
                "extensions": {"exception": {"code": "PermissionDenied"}},
            }
        ],
        "data": {"giftCard": None},
    }
    script.answers = [(200, denied, 0)]
    with pytest.raises(GraphQLError, match="MANAGE_GIFT_CARD") as error:
        client(url).query("{ giftCard(id: 1) { id } }")
    assert error.value.permission_denied
    assert len(script.received) == 1  # the same answer again: not retried


def test_an_answer_that_is_not_graphql_is_an_error(saleor):
    url, script = saleor
    script.answers = [(500, "<html>Server Error</html>", 0)]
    with pytest.raises(SaleorAPIError, match="HTTP 500"):
        client(url).query("{ shop { name } }")


def test_a_payload_with_errors_names_field_code_and_message():
    data = {
        "voucherUpdate": {
            "errors": [
                {
                    "field": "addCodes",
                    "code": "ALREADY_EXISTS",
                    "message": "Promo code already exists.",
                }
            ]
        }
    }
    with pytest.raises(MutationError) as error:
        payload(data, "voucherUpdate")
    assert error.value.codes == {"ALREADY_EXISTS"}
    assert "addCodes: ALREADY_EXISTS (Promo code already exists.)" in str(error.value)
    assert payload({"voucherUpdate": {"errors": []}}, "voucherUpdate") == {"errors": []}
