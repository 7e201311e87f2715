"""SQL per order over whole requests, plugin off and on, in one run (issue 9, B).

The same flow through Saleor's /graphql/ (see `shopping.py`), Celery held. An order
without a referral hint must cost exactly the same statements with the plugin on as
without it; a referred one costs only statements on our own tables (the code check
at checkoutComplete and one outbox INSERT per hook).
"""

import json
import os

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from .shopping import STEPS, Shopper, celery_held

OUR_TABLES = '"saleor_referrals_'
OUTBOX_INSERT = 'INSERT INTO "saleor_referrals_outboxmessage"'


@pytest.fixture
def shopper(
    friend_client,
    staff_api_client,
    permission_group_manage_orders,
    channel_USD,
    product,
    address_usa,
    shipping_zone,
):
    permission_group_manage_orders.user_set.add(staff_api_client.user)
    channel_USD.allow_unpaid_orders = True
    channel_USD.save(update_fields=["allow_unpaid_orders"])
    return Shopper(
        friend_client,
        staff_api_client,
        channel=channel_USD,
        variant=product.variants.first(),
        address=address_usa,
        shipping_method=shipping_zone.shipping_methods.first(),
    )


def counts(steps: dict[str, list[str]]) -> dict[str, int]:
    return {step: len(steps.get(step, [])) for step in STEPS} | {
        "total": sum(len(sql) for sql in steps.values())
    }


def test_an_unreferred_order_costs_no_extra_query_and_a_referred_one_only_ours(
    settings, referrals_plugin, advocate_code, shopper
):
    on, off = [referrals_plugin], []
    code = advocate_code.code
    with celery_held() as held:
        for plugins in (on, off):  # warm Saleor's caches for both
            settings.PLUGINS = plugins
            shopper.order()
        settings.PLUGINS = off
        unreferred_off = shopper.order()
        referred_off = shopper.order(code)
        settings.PLUGINS = on
        unreferred_on = shopper.order()
        referred_on = shopper.order(code)

    report = {
        "plugin off, no referral": counts(unreferred_off),
        "plugin on, no referral": counts(unreferred_on),
        "plugin off, referral code": counts(referred_off),
        "plugin on, referral code": counts(referred_on),
    }
    print(json.dumps(report, indent=2))
    for step, sqls in referred_on.items():
        for sql in sqls:
            if OUR_TABLES in sql:
                print("OURS", step, sql[:300])
    if path := os.environ.get("REFERRALS_QUERY_REPORT"):
        with open(path, "w") as out:
            json.dump(report, out)

    assert counts(unreferred_on) == counts(unreferred_off)
    assert not any(OUR_TABLES in sql for sqls in unreferred_on.values() for sql in sqls)

    # The referred order: every extra statement is on our tables.
    ours = [sql for sqls in referred_on.values() for sql in sqls if OUR_TABLES in sql]
    extra = counts(referred_on)["total"] - counts(referred_off)["total"]
    assert extra == len(ours), ours
    # One outbox row per hook: order_created, then order_fully_paid (with the
    # thank-you message in the same INSERT).
    outbox_writes = [
        (step, sql)
        for step, sqls in referred_on.items()
        for sql in sqls
        if OUTBOX_INSERT in sql
    ]
    assert [step for step, _ in outbox_writes] == [
        "checkoutComplete",
        "orderMarkAsPaid",
    ], outbox_writes
    assert "saleor_referrals.deliver_outbox_message" in held
    assert "saleor_referrals.email_thank_you" in held  # unreferred: no row, no query


def test_the_plugin_channel_is_loaded_only_when_read(
    program, channel_USD, django_assert_num_queries
):
    """Where the channel query went: Saleor's manager no longer reads our
    configuration's channel; the placeholder it gets is the right row, on demand."""
    from saleor.plugins.manager import get_plugins_manager

    manager = get_plugins_manager(allow_replica=False)
    manager.get_plugins(channel_slug=channel_USD.slug)  # channel, configurations
    with django_assert_num_queries(0):
        plugin = manager.get_plugin("saleor_referrals", channel_USD.slug)
        assert plugin.channel.pk == channel_USD.pk
    # Read where the configuration was read (the manager's database), like the
    # foreign key it stands for.
    assert plugin.channel._state.db == manager.database
    with django_assert_num_queries(1):
        assert plugin.channel.slug == channel_USD.slug
