"""What an operator reads on Saleor's order and gift-card pages, read through the
same GraphQL fields the Dashboard asks for."""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from decimal import Decimal

import graphene
from saleor.core.db.connection import allow_writer
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard
from saleor.graphql.tests.utils import get_graphql_content
from saleor.order import OrderEvents
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.causes.models import Cause
from saleor_referrals.dashboard.tasks import order_note_task
from saleor_referrals.models import Reward, RewardKind, RewardStatus, StoreCreditWallet

from .test_causes_events import deliver_paid, paid_order
from .test_dashboard_edits import credit_program, referred_and_paid  # noqa: F401

ORDER_HISTORY = """
query order($id: ID!) {
  order(id: $id) { events { type message user { email } app { name } } }
}
"""
GIFT_CARD_PAGE = """
query card($id: ID!) {
  giftCard(id: $id) {
    createdBy { email } createdByEmail last4CodeChars
    metadata { key value }
    events { type message }
  }
}
"""
CUSTOMER_GIFT_CARDS = """
query customer($id: ID!) {
  user(id: $id) { giftCards(first: 5) { edges { node { last4CodeChars isActive } } } }
}
"""


@pytest.fixture
def staff(
    staff_api_client,
    permission_manage_orders,
    permission_manage_gift_card,
    permission_manage_users,
):
    staff_api_client.user.user_permissions.add(
        permission_manage_orders, permission_manage_gift_card, permission_manage_users
    )

    def read(query, obj):
        variables = {"id": graphene.Node.to_global_id(type(obj).__name__, obj.pk)}
        return get_graphql_content(staff_api_client.post_graphql(query, variables))[
            "data"
        ]

    return read


def notes(staff, order) -> list[str]:
    events = staff(ORDER_HISTORY, order)["order"]["events"]
    return [
        event["message"]
        for event in events
        if event["type"] == OrderEvents.NOTE_ADDED.upper()
    ]


def test_the_order_history_tells_the_referral_story_once(
    credit_program,  # noqa: F811
    advocate_code,
    referred_and_paid,  # noqa: F811
    staff,
    django_capture_on_commit_callbacks,
):
    order, reward = referred_and_paid(advocate_code)
    reward.refresh_from_db()
    card = GiftCard.objects.get(pk=reward.gift_card_id)
    story = notes(staff, order)
    assert story == [
        f"Referral: placed with the referral code {advocate_code.code} of "
        f"{advocate_code.user.email} (code). The referrer's reward is decided when "
        "the order is paid.",
        f"Referral counts: order {order.number} paid; rules met.",
        f"Referrer's reward of 20.00 USD (store credit) is held until "
        f"{reward.release_at.date().isoformat()} (return window); it is cancelled "
        "if this order is cancelled or refunded before then.",
        f"Referrer's reward released: 20.00 USD of store credit on gift card "
        f"…{card.code[-4:]}.",
    ]
    manager = get_plugins_manager(allow_replica=False)
    for _ in range(2):  # the same event twice: one note each
        with django_capture_on_commit_callbacks(execute=True):
            manager.order_fully_paid(order)
            manager.order_cancelled(order)
    assert notes(staff, order)[4:] == [
        "Referrer's reward taken back: order cancelled (20.00 USD taken back, "
        "shortfall 0.00 USD).",
        "Referral reversed: order cancelled.",
    ]
    events = staff(ORDER_HISTORY, order)["order"]["events"]
    assert all(e["user"] is None for e in events if e["type"] == "NOTE_ADDED")


def test_a_released_donation_is_noted_with_its_cause(
    program,
    advocate_code,
    friend,
    friend_order,
    staff,
    django_capture_on_commit_callbacks,
):
    """A donation is no voucher nor gift card: its note names the cause (the note
    task looked up gift card '' and failed for every donation)."""
    with allow_writer():
        Cause.objects.create(
            program=program, name="Clean rivers", donate_per_referral=Decimal("2")
        )
    order = paid_order(friend_order, friend, voucher_code=advocate_code.code)
    deliver_paid(order, django_capture_on_commit_callbacks)
    donation = Reward.objects.get(kind=RewardKind.DONATION)
    assert donation.status == RewardStatus.ISSUED
    assert (
        "Donation released: 2.00 USD to Clean rivers, recorded for the cause's "
        "next payout."
    ) in notes(staff, order)
    # The task itself succeeds (a second delivery finds the note written).
    result = order_note_task.apply(
        args=("reward", donation.pk, "held", "issued", donation.status_reason)
    )
    assert result.successful(), result.traceback
    assert sum("Donation released" in note for note in notes(staff, order)) == 1


def test_notes_in_the_shop_language(
    configure,
    advocate_code,
    referred_and_paid,  # noqa: F811
    staff,
):
    assert configure(email_language="ar")["errors"] == []
    order, _ = referred_and_paid(advocate_code)
    story = notes(staff, order)
    assert story[0].startswith("إحالة: تم تقديم هذا الطلب برمز الإحالة")
    assert story[-1].startswith("صُرفت مكافأة المُحيل")


def test_the_wallet_card_is_issued_by_the_shop_and_explains_each_move(
    credit_program,  # noqa: F811
    advocate_code,
    referred_and_paid,  # noqa: F811
    staff,
    django_capture_on_commit_callbacks,
):
    order, reward = referred_and_paid(advocate_code)
    card = GiftCard.objects.get(pk=StoreCreditWallet.objects.get().gift_card_id)
    page = staff(GIFT_CARD_PAGE, card)["giftCard"]
    # The Dashboard's "Issued by" reads these: never the customer.
    assert page["createdBy"] is None
    assert page["createdByEmail"] is None
    assert page["last4CodeChars"] == "CRDT"
    metadata = {item["key"]: item["value"] for item in page["metadata"]}
    assert metadata["saleor_referrals"] == "store_credit_wallet"
    assert "Referrals plugin" in metadata["managed_by"]
    messages = [e["message"] for e in page["events"] if e["type"] == "NOTE_ADDED"]
    assert messages == [
        "Store credit of the referral program for "
        f"{advocate_code.user.email}. Issued by the shop, not by the customer: "
        "rewards for referred friends are added here, and taken back when a "
        "friend's order is cancelled or refunded.",
        f"Referral reward: friend's order #{order.number} (20.00 USD).",
    ]
    card.current_balance_amount = Decimal("5.00")  # the customer spent 15.00
    card.save(update_fields=["current_balance_amount"])
    manager = get_plugins_manager(allow_replica=False)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            manager.order_cancelled(order)
    events = staff(GIFT_CARD_PAGE, card)["giftCard"]["events"]
    messages = [e["message"] for e in events if e["type"] == "NOTE_ADDED"]
    assert messages[2:] == [
        f"Taken back: order cancelled, order #{order.number} (5.00 USD, shortfall "
        "15.00 USD)."
    ]
    assert card.events.filter(type=GiftCardEvents.BALANCE_ADJUSTED).count() == 2


def test_the_customer_page_tells_store_credit_by_its_last_characters(
    credit_program,  # noqa: F811
    advocate_code,
    referred_and_paid,  # noqa: F811
    staff,
):
    referred_and_paid(advocate_code)
    cards = staff(CUSTOMER_GIFT_CARDS, advocate_code.user)["user"]["giftCards"]
    assert [edge["node"] for edge in cards["edges"]] == [
        {"last4CodeChars": "CRDT", "isActive": True}
    ]


@pytest.mark.django_db(transaction=True)
def test_eight_deliveries_of_the_same_note_at_once_write_one(
    referrals_plugin, order_generator, customer_user
):
    from saleor.core.db.connection import allow_writer
    from saleor.order.models import OrderEvent

    from saleor_referrals.commerce.saleor_adapter import SaleorCommerce
    from tests.race import race

    with allow_writer():
        order = order_generator(user=customer_user)

    def deliver():
        with allow_writer():
            return SaleorCommerce().add_order_note(str(order.pk), "Referral", "k")

    assert race(deliver) == []
    assert OrderEvent.objects.filter(order=order, type="note_added").count() == 1
