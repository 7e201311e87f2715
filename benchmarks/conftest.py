"""The fixtures of tests/saleor/ for `saleor_background_queries.py`, which runs inside
Saleor like those tests (Saleor's fixture modules come with `pytest_plugins`)."""

from tests.saleor.conftest import *  # noqa: F403
