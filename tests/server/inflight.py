"""Requests the live server is still answering.

Closing a browser page aborts its pending requests, but the server's threads run
them to the end. A test's teardown flushes every table; a request still inside a
transaction at that moment deadlocks with the flush and leaves the next test the
last one's rows. The `page` fixture waits here until the server is idle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

_idle = threading.Condition()
_running = 0


class InFlightRequests:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        global _running
        with _idle:
            _running += 1
        try:
            return self.get_response(request)
        finally:
            with _idle:
                _running -= 1
                _idle.notify_all()


def wait_until_idle(timeout: float = 10.0) -> bool:
    """True once no request is being answered; False if still busy at the timeout."""
    with _idle:
        return _idle.wait_for(lambda: _running == 0, timeout=timeout)
