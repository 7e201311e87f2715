"""Runs inside a real Saleor environment (see README, "Tests inside Saleor").

Does what Saleor's root conftest does, so these tests can run from outside Saleor's
tree: the replica test connection and Saleor's fixture modules. Without Saleor the
test modules skip themselves with the reason.
"""

import contextlib

import pytest

# The fuzz tests' examples are the same on every run (when Hypothesis is installed).
with contextlib.suppress(ImportError):
    from .. import hypothesis_profile  # noqa: F401

try:
    from saleor.tests.utils import prepare_test_db_connections
except ImportError:  # the standalone suite: no Saleor here
    prepare_test_db_connections = None

SALEOR_MISSING = (
    "Saleor is not importable: run tests/saleor/ inside a Saleor 3.23 environment "
    "(README, 'Tests inside Saleor')"
)

if prepare_test_db_connections is not None:
    import django.test
    from django.conf import settings

    django.test.TransactionTestCase.databases = {
        settings.DATABASE_CONNECTION_DEFAULT_NAME,
        settings.DATABASE_CONNECTION_REPLICA_NAME,
    }
    django.test.TestCase.databases = django.test.TransactionTestCase.databases
    prepare_test_db_connections()

    pytest_plugins = [
        "saleor.tests.fixtures",
        "saleor.app.tests.fixtures",
        "saleor.plugins.tests.fixtures",
        "saleor.graphql.tests.fixtures",
        "saleor.webhook.tests.fixtures",
        "saleor.tax.tests.fixtures",
        "saleor.channel.tests.fixtures",
        "saleor.page.tests.fixtures",
        "saleor.menu.tests.fixtures",
        "saleor.warehouse.tests.fixtures",
        "saleor.thumbnail.tests.fixtures",
        "saleor.order.tests.fixtures",
        "saleor.product.tests.fixtures",
        "saleor.site.tests.fixtures",
        "saleor.shipping.tests.fixtures",
        "saleor.permission.tests.fixtures",
        "saleor.giftcard.tests.fixtures",
        "saleor.discount.tests.fixtures",
        "saleor.checkout.tests.fixtures",
        "saleor.attribute.tests.fixtures",
        "saleor.account.tests.fixtures",
        "saleor.graphql.account.tests.fixtures",
        "saleor.payment.tests.fixtures",
        "saleor.webhook.tests.circuit_breaker.fixtures",
    ]

    # Defined here, not as a plugin, so they win over tests/conftest.py's
    # standalone fixtures of the same names.
    from .fixtures import *  # noqa: F403

    @pytest.fixture
    def referrals_plugin(settings):
        settings.PLUGINS = ["saleor_referrals.plugin.ReferralsPlugin"]
        settings.REFERRALS_COMMERCE = (
            "saleor_referrals.commerce.saleor_adapter.SaleorCommerce"
        )
        return settings.PLUGINS[0]
