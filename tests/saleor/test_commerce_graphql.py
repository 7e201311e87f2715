"""The commerce port's contract over Saleor's GraphQL API (App mode), against a real
Saleor answering HTTP on a live server thread (`saleor_over_http`), with an App's
token.

The same assertions as the in-memory shop and the plugin's adapter; the shop's and
the operator's own actions (placing an order, deleting a code in the Dashboard) are
done on Saleor's tables as in test_commerce_contract.py. Then what a lost answer
must not do: a transport that really sends the request to Saleor and then tells the
caller it timed out, for each money-carrying write.
"""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import json
from decimal import Decimal

import requests
from django.utils import timezone
from saleor.discount.models import Voucher, VoucherCode
from saleor.discount.utils.voucher import increase_voucher_usage
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard, GiftCardEvent
from saleor.order.models import OrderEvent

from saleor_referrals.commerce.graphql_client import GraphQLClient, OutcomeUnknown
from saleor_referrals.commerce.marks import NOTE_KEY, REWARD_KEY, WALLET_TAG
from saleor_referrals.commerce.saleor_graphql import SaleorGraphQLCommerce

from ..commerce_contract import CommerceContract, DashboardEditsContract, spec
from .test_commerce_contract import SaleorShop


class LosesAnswers(requests.adapters.HTTPAdapter):
    """Sends every request to Saleor, then, for the first request running one of
    `operations` (a mutation's name), raises a read timeout to the caller: Saleor
    committed, the App never saw the answer."""

    def __init__(self, *operations: str):
        super().__init__()
        self.waiting = list(operations)
        self.lost: list[str] = []

    def send(self, request, *args, **kwargs):
        response = super().send(request, *args, **kwargs)
        document = json.loads(request.body)["query"]
        for operation in self.waiting:
            if f"{operation}(" in document:
                self.waiting.remove(operation)
                self.lost.append(operation)
                assert response.status_code == 200, response.content
                raise requests.ReadTimeout("the answer was lost", request=request)
        return response


@pytest.fixture
def connect(app_graphql_url, app_token):
    def connect(transport: requests.adapters.HTTPAdapter | None = None):
        session = requests.Session()
        if transport is not None:
            session.mount("http://", transport)
        client = GraphQLClient(app_graphql_url, app_token, session=session, backoff=0)
        return SaleorGraphQLCommerce(client)

    return connect


class TestSaleorGraphQLCommerce(SaleorShop, CommerceContract, DashboardEditsContract):
    @pytest.fixture
    def shop(self, connect):
        return connect()

    @pytest.fixture
    def serve_at(self, settings):
        """In App mode the App serves the pages: its public origin."""

        def serve(origin: str) -> None:
            settings.REFERRALS_PAGES_URL = origin

        return serve

    @pytest.fixture
    def use_voucher_code(self):
        """What Saleor checks at checkout: an active code of a voucher in force
        (`Voucher.objects.active`), then counts the use."""

        def use(code: str) -> None:
            voucher_code = VoucherCode.objects.select_related("voucher").get(
                code=code,
                is_active=True,
                voucher__in=Voucher.objects.active(date=timezone.now()),
            )
            increase_voucher_usage(
                voucher_code.voucher, voucher_code, "friend@example.com"
            )

        return use

    def test_a_wallet_is_a_tagged_card_of_the_customer(self, shop, customer):
        credit = shop.credit_wallet(
            key="reward:t1",
            customer=customer,
            gift_card_id=None,
            currency="USD",
            amount=Decimal("20.00"),
            code="CREDIT-T23456789",
            reason="reward t1",
            notes=("Referral reward: order #7",),
        )
        card = GiftCard.objects.get(pk=credit.gift_card_id)
        assert card.assigned_to_id == customer.user_id
        assert list(card.tags.values_list("name", flat=True)) == [WALLET_TAG]
        assert json.loads(card.metadata[f"{REWARD_KEY}:reward:t1"])["state"] == "done"
        notes = card.events.filter(type=GiftCardEvents.NOTE_ADDED)
        assert [event.parameters["message"] for event in notes] == [
            "Referral reward: order #7"
        ]

    def test_codes_switched_off_leave_saleor_and_come_back_on(
        self, shop, channel_slug, currency
    ):
        """The API cannot set a code's isActive (docs/app-mode.md): off deletes
        the code, on (a code switched off in the Dashboard) puts it back."""
        voucher_id = shop.save_friend_voucher("", spec(channel_slug, currency))
        shop.add_voucher_codes(voucher_id, ["OFF2345", "off2345", "KEEP2345"])
        shop.set_voucher_codes_active(["OFF2345", "off2345"], False)
        assert shop.read_friend_voucher(voucher_id).codes == {"KEEP2345": True}
        VoucherCode.objects.filter(code="KEEP2345").update(is_active=False)
        assert shop.read_friend_voucher(voucher_id).codes == {"KEEP2345": False}
        shop.set_voucher_codes_active(["KEEP2345"], True)
        assert shop.read_friend_voucher(voucher_id).codes == {"KEEP2345": True}


def _credit(shop, customer, reward: str, amount: str, card: str | None = None):
    """Credit `amount` for `reward` to `card`, or to a new card."""
    return shop.credit_wallet(
        key=f"reward:{reward}",
        customer=customer,
        gift_card_id=card,
        currency="USD",
        amount=Decimal(amount),
        code="" if card else f"CR-{reward.upper()}",
        reason="reward",
    )


def _balance_events(card_id: str) -> int:
    return GiftCardEvent.objects.filter(
        gift_card_id=card_id, type=GiftCardEvents.BALANCE_ADJUSTED
    ).count()


@pytest.fixture
def customer(customer_user):
    from saleor_referrals.commerce import Customer

    return Customer(customer_user.pk, customer_user.email)


class TestLostAnswers:
    """Saleor committed, the answer never came: the write is found, not repeated."""

    def test_a_new_wallet_card_is_made_once(self, connect, customer):
        transport = LosesAnswers("giftCardCreate")
        credit = _credit(connect(transport), customer, "lost-1", "12.00")
        assert transport.lost == ["giftCardCreate"]
        cards = GiftCard.objects.filter(metadata__has_key=f"{REWARD_KEY}:reward:lost-1")
        assert [card.pk for card in cards] == [int(credit.gift_card_id)]
        assert credit.balance == Decimal("12.00")

    def test_a_top_up_is_made_once(self, connect, customer):
        card = _credit(connect(), customer, "lost-2", "10.00").gift_card_id
        transport = LosesAnswers("giftCardBalanceAdjust")
        shop = connect(transport)
        grown = _credit(shop, customer, "lost-3", "5.00", card)
        assert transport.lost == ["giftCardBalanceAdjust"]
        assert grown.balance == Decimal("15.00")
        assert _balance_events(card) == 1
        # The caller's own retry (its task ran again) changes nothing either.
        assert _credit(shop, customer, "lost-3", "5.00", card).balance == Decimal(
            "15.00"
        )
        assert _balance_events(card) == 1

    def test_a_take_back_is_made_once(self, connect, customer):
        card = _credit(connect(), customer, "lost-4", "10.00").gift_card_id
        transport = LosesAnswers("giftCardBalanceAdjust")
        debit = connect(transport).debit_wallet(
            key="reward:lost-4:revoke",
            gift_card_id=card,
            amount=Decimal("4.00"),
            reason="clawback",
        )
        assert transport.lost == ["giftCardBalanceAdjust"]
        assert (debit.debited, debit.shortfall, debit.balance) == (
            Decimal("4.00"),
            Decimal("0"),
            Decimal("6.00"),
        )
        assert GiftCard.objects.get(pk=card).current_balance_amount == Decimal("6.00")
        assert _balance_events(card) == 1

    def test_an_announced_top_up_whose_adjustment_never_ran_is_paid(
        self, connect, customer
    ):
        """The other side: the announcement landed, the adjustment was lost before
        Saleor ran it (every attempt refused): a later retry pays it, once."""
        shop = connect()
        card = _credit(shop, customer, "lost-5", "10.00").gift_card_id
        with pytest.raises(OutcomeUnknown):
            _credit(connect(RefusesAdjustments()), customer, "lost-6", "2.50", card)
        assert GiftCard.objects.get(pk=card).current_balance_amount == Decimal("10.00")
        retry = _credit(shop, customer, "lost-6", "2.50", card)
        assert retry.balance == Decimal("12.50")
        assert _balance_events(card) == 1

    def test_an_advocate_voucher_is_made_once(self, connect, channel_USD):
        transport = LosesAnswers("voucherCreate")
        issued = connect(transport).issue_voucher(
            key="reward:lost-7",
            channel_slug=channel_USD.slug,
            currency="USD",
            amount=Decimal("20"),
            code="THANKS-L234",
            name="Reward",
        )
        assert transport.lost == ["voucherCreate"]
        vouchers = Voucher.objects.filter(codes__code="THANKS-L234")
        assert [v.pk for v in vouchers] == [int(issued.voucher_id)]
        assert vouchers[0].metadata[REWARD_KEY] == "reward:lost-7"
        assert vouchers[0].channel_listings.get().discount_value == Decimal("20")

    def test_a_note_is_written_once(self, connect, order):
        transport = LosesAnswers("orderNoteAdd")
        assert connect(transport).add_order_note(str(order.pk), "Reward held", "k9")
        assert transport.lost == ["orderNoteAdd"]
        notes = OrderEvent.objects.filter(order=order, type="note_added")
        assert [event.parameters["message"] for event in notes] == ["Reward held"]
        assert (
            f"{NOTE_KEY}:k9"
            in order.__class__.objects.get(pk=order.pk).private_metadata
        )


class RefusesAdjustments(requests.adapters.HTTPAdapter):
    """Every balance adjustment is lost on its way: it never reaches Saleor, and
    the caller sees a read timeout (it cannot tell this from a lost answer)."""

    def send(self, request, *args, **kwargs):
        document = json.loads(request.body)
        if "giftCardBalanceAdjust(" in document["query"]:
            raise requests.ReadTimeout("the answer was lost", request=request)
        return super().send(request, *args, **kwargs)
