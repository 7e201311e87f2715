"""Webhooks through the outbox into the domain, in the instance's schema: the
referral loop runs on the deliveries alone, and 8 concurrent identical
deliveries of each event pay once. Other instances' schemas see nothing."""

from __future__ import annotations

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from saleor_referrals.app.tenancy import use_installation
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.config import parse
from saleor_referrals.models import Referral, ReferralStatus, Reward
from saleor_referrals.outbox import OutboxMessage
from saleor_referrals.programs import sync_program

from ..conftest import CHANNEL
from ..race import race
from .conftest import deliver, order_payload

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def code_in_a(instances, commerce, program_settings):
    """Instance A's program and an advocate's code, in A's schema."""
    with use_installation(instances[0]):
        program = sync_program(
            channel_slug=CHANNEL,
            currency="USD",
            settings=parse(program_settings),
            active=True,
        )
        advocate = get_user_model().objects.create(
            pk=5, username="saleor-user-5", email="anna@example.com"
        )
        return get_or_create_code(program, advocate)


def in_schema(installation, query):
    with use_installation(installation):
        return query()


def test_deliveries_alone_drive_attribution_and_qualification(
    instances, code_in_a, saleor_a, commerce
):
    client = Client()
    order_id = uuid.uuid4()
    created = order_payload(order_id=order_id, voucher_code=code_in_a.code)
    paid = order_payload(
        "OrderFullyPaid", order_id=order_id, voucher_code=code_in_a.code, charged=85.0
    )

    assert deliver(client, saleor_a, created).status_code == 200
    referral = in_schema(instances[0], lambda: Referral.objects.get())
    assert (referral.status, referral.friend_id) == (ReferralStatus.PENDING, 7)

    assert deliver(client, saleor_a, paid).status_code == 200
    referral = in_schema(instances[0], lambda: Referral.objects.get())
    assert referral.status != ReferralStatus.PENDING
    assert in_schema(instances[0], lambda: Reward.objects.count()) >= 1
    assert (
        in_schema(
            instances[0],
            lambda: list(
                OutboxMessage.objects.filter(processed_at__isnull=True).values_list(
                    "dedupe_key", flat=True
                )
            ),
        )
        == []
    )
    # Instance B's schema, and `public`, hold none of it.
    assert in_schema(instances[1], lambda: Referral.objects.exists()) is False
    assert in_schema(instances[1], lambda: OutboxMessage.objects.exists()) is False
    assert Referral.objects.exists() is False


def test_eight_concurrent_identical_deliveries_pay_once(
    instances, code_in_a, saleor_a, commerce
):
    order_id = uuid.uuid4()
    created = order_payload(order_id=order_id, voucher_code=code_in_a.code)
    paid = order_payload(
        "OrderFullyPaid", order_id=order_id, voucher_code=code_in_a.code, charged=85.0
    )
    vouchers_before = len(commerce.vouchers)
    for payload in (created, paid):
        statuses = []

        def one_delivery(payload=payload, statuses=statuses):
            statuses.append(deliver(Client(), saleor_a, payload).status_code)

        assert race(one_delivery) == []
        assert statuses == [200] * 8

    def counts():
        return (
            Referral.objects.count(),
            Reward.objects.count(),
            OutboxMessage.objects.count(),
            get_user_model().objects.filter(pk=7).count(),
        )

    referrals, rewards, rows, friends = in_schema(instances[0], counts)
    assert (referrals, rows, friends) == (1, 2, 1)
    single = in_schema(instances[0], lambda: Referral.objects.get())
    assert single.status != ReferralStatus.PENDING
    # Exactly what one delivery of each event pays (the program's rewards).
    assert rewards == in_schema(
        instances[0], lambda: Reward.objects.filter(referral=single).count()
    )
    assert rewards >= 1
    # Each reward issued one voucher in the shop, whatever the race.
    assert len(commerce.vouchers) - vouchers_before == rewards
    assert in_schema(instances[1], counts) == (0, 0, 0, 0)
