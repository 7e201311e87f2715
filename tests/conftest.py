from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from saleor_referrals.commerce import get_commerce
from saleor_referrals.commerce.memory import InMemoryCommerce, MemoryOrder
from saleor_referrals.config import parse
from saleor_referrals.facts import OrderFacts, Shopper
from saleor_referrals.programs import sync_program

from . import hypothesis_profile  # noqa: F401

CHANNEL = "default-channel"


class _FixedClock:
    """The throttle's clock, held at the start of a window (1 Jan 2026 00:00 UTC)."""

    @staticmethod
    def time() -> float:
        return 1_767_225_600.0


@pytest.fixture(autouse=True)
def throttle_window(monkeypatch):
    """Rate limits count in fixed windows (time // window): a test's requests that
    straddled a boundary would be counted in two windows and pass the limit. Every
    test sees one window."""
    from saleor_referrals import throttle

    monkeypatch.setattr(throttle, "time", _FixedClock)


@pytest.fixture
def commerce() -> InMemoryCommerce:
    shop = get_commerce()
    assert isinstance(shop, InMemoryCommerce)
    shop.reset()
    shop.add_channel(CHANNEL, "USD")
    return shop


@pytest.fixture
def program_settings():
    return {
        "friend_discount_type": "percentage",
        "friend_discount_value": "15",
        "advocate_reward_type": "voucher",
        "advocate_reward_value": "20",
        "min_order_total": "30",
        "new_customers_only": True,
        "hold_days": "0",
        "max_rewards_per_advocate": "0",
        "storefront_url": "https://shop.example.com/",
    }


@pytest.fixture
def configure(commerce, db):
    def configure(**overrides):
        return sync_program(
            channel_slug=CHANNEL,
            currency="USD",
            settings=parse(overrides),
            active=True,
        )

    return configure


@pytest.fixture
def program(configure, program_settings):
    return configure(**program_settings)


def make_user(email: str, first_name: str = "", last_name: str = ""):
    return get_user_model().objects.create(
        username=email, email=email, first_name=first_name, last_name=last_name
    )


def make_staff(email: str = "staff@example.com"):
    """A staff user holding Saleor's MANAGE_DISCOUNTS (the staff permission)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    content_type, _ = ContentType.objects.get_or_create(
        app_label="discount", model="voucher"
    )
    permission, _ = Permission.objects.get_or_create(
        codename="manage_discounts", content_type=content_type
    )
    user = make_user(email)
    user.is_staff = True
    user.save()
    user.user_permissions.add(permission)
    return user


@pytest.fixture
def advocate(db):
    return make_user("ada@example.com", "Ada", "Lovelace")


@pytest.fixture
def friend(db):
    return make_user("bob@example.com", "Bob", "Builder")


@pytest.fixture
def order_facts(commerce):
    """Facts of a friend's order; registered as a paid order in the shop."""
    counter = iter(range(1, 10_000))

    def make(
        user=None,
        *,
        email: str | None = None,
        voucher_code: str = "",
        referral_code: str = "",
        total: str = "100.00",
        paid: str | None = None,
    ) -> OrderFacts:
        number = next(counter)
        facts = OrderFacts(
            order_id=f"order-{number}",
            number=str(number),
            channel_slug=CHANNEL,
            currency="USD",
            total=Decimal(total),
            paid=Decimal(paid if paid is not None else total),
            shopper=Shopper(
                user_id=user.pk if user else None,
                email=email or (user.email if user else ""),
            ),
            voucher_code=voucher_code,
            referral_code=referral_code,
        )
        commerce.add_order(
            MemoryOrder(
                facts.order_id, facts.shopper.user_id, facts.shopper.email, CHANNEL
            )
        )
        return facts

    return make


# --- e-mails -----------------------------------------------------------------


@pytest.fixture
def speaks(monkeypatch):
    """Give users a Saleor-like `language_code` (the standalone User has none).

    `speaks(user, "fa")`; users not named speak nothing, like a Saleor user whose
    language we have no catalog for.
    """
    languages: dict[int, str] = {}
    monkeypatch.setattr(
        get_user_model(),
        "language_code",
        property(lambda user: languages.get(user.pk)),
        raising=False,
    )

    def speaks(user, language: str):
        languages[user.pk] = language
        return user

    return speaks


@pytest.fixture
def email_urls(settings):
    """The unsubscribe view mounted as the README says, behind a public URL."""
    settings.ROOT_URLCONF = "tests.test_email_urls"
    settings.REFERRALS_PUBLIC_URL = "https://api.example.com"
    return settings
