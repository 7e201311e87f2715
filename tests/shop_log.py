"""The in-memory shop of a Celery worker process in the suite, which also logs each
voucher and wallet credit it is asked for to a Redis list that a test reads.

Each worker process has its own `InMemoryCommerce`: a reward issued twice by two
processes would show in neither's memory, only in this shared log. The worker
gets it through `REFERRALS_TEST_COMMERCE=tests.shop_log.LoggingCommerce`
(`tests/settings.py`), the list from the two variables below.
"""

from __future__ import annotations

import os
from typing import Any

import redis

from saleor_referrals.commerce.memory import InMemoryCommerce
from saleor_referrals.commerce.port import IssuedVoucher, WalletCredit

from .conftest import CHANNEL

LOG_URL_VARIABLE = "REFERRALS_SHOP_LOG_URL"
LOG_KEY_VARIABLE = "REFERRALS_SHOP_LOG_KEY"


class LoggingCommerce(InMemoryCommerce):
    """The suite's channel exists from the start (the test process created it in
    its own shop); every issue is pushed to the log before it is made."""

    def reset(self) -> None:
        super().reset()
        self.add_channel(CHANNEL, "USD")

    def _log(self, key: str) -> None:
        client = redis.Redis.from_url(os.environ[LOG_URL_VARIABLE])
        try:
            client.rpush(os.environ[LOG_KEY_VARIABLE], key)
        finally:
            client.close()

    def issue_voucher(self, *, key: str, **details: Any) -> IssuedVoucher:
        self._log(key)
        return super().issue_voucher(key=key, **details)

    def credit_wallet(self, *, key: str, **details: Any) -> WalletCredit:
        self._log(key)
        return super().credit_wallet(key=key, **details)


def issued_keys(client: redis.Redis, log_key: str) -> list[str]:
    """Every key the workers' shops were asked to issue, in order."""
    return [key.decode() for key in client.lrange(log_key, 0, -1)]
