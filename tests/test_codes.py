import pytest

from saleor_referrals import codes
from saleor_referrals.codes import CodeError, get_or_create_code
from saleor_referrals.models import ReferralCode

from .conftest import make_user


def test_generated_code_uses_the_unambiguous_alphabet(program, advocate):
    code = get_or_create_code(program, advocate)
    assert len(code.code) == codes.RANDOM_PART_LENGTH
    assert set(code.code) <= set(codes.ALPHABET)
    assert not set(code.code) & set("01OILU")


def test_code_is_created_once_and_registered_upper_and_lower(
    program, advocate, commerce
):
    code = get_or_create_code(program, advocate)
    assert get_or_create_code(program, advocate) == code
    voucher = commerce.vouchers[program.friend_voucher_id]
    assert voucher.codes == {code.code: True, code.code.lower(): True}


def test_prefix_is_applied(configure, program_settings, advocate):
    program = configure(**program_settings, code_prefix="ada")
    assert get_or_create_code(program, advocate).code.startswith("ADA")


def test_vanity_code_is_normalized_and_checked(program, advocate, friend):
    code = get_or_create_code(program, advocate, vanity=" ada-rocks ")
    assert code.code == "ADA-ROCKS"
    assert code.is_vanity
    with pytest.raises(CodeError) as error:
        get_or_create_code(program, friend, vanity="Ada-Rocks")
    assert error.value.code == "unique"


@pytest.mark.parametrize("vanity", ["ab", "x" * 21, "-abc", "héllo", "ADMIN", "a b!"])
def test_bad_vanity_codes_are_refused(program, advocate, vanity):
    with pytest.raises(CodeError) as error:
        get_or_create_code(program, advocate, vanity=vanity)
    assert error.value.code == "invalid"
    assert not ReferralCode.objects.exists()


@pytest.mark.parametrize(
    "vanity",
    [
        "THANKS-1",  # a thank-you reward voucher
        "thanks_7q2m9kxw4p",
        "PASS-ABCD1234",  # an event guest pass
        "pass_abcd",
        "VIP-ABCD1234",  # a tier member code (default prefix)
        "ABCD1234-CRDT",  # a store-credit gift card
        "MY_CRDT",
    ],
)
def test_vanity_codes_imitating_system_codes_are_refused(program, advocate, vanity):
    with pytest.raises(CodeError) as error:
        get_or_create_code(program, advocate, vanity=vanity)
    assert error.value.code == "invalid"
    assert "looks like a" in str(error.value)
    assert not ReferralCode.objects.exists()


def test_vanity_codes_imitating_the_programs_member_prefix_are_refused(
    configure, program_settings, advocate, friend
):
    program = configure(**program_settings, code_prefix="shop")
    with pytest.raises(CodeError, match="tier member code"):
        get_or_create_code(program, advocate, vanity="SHOP-ABCD1234")
    # The words themselves, without a separator, are ordinary codes.
    for user, vanity in ((advocate, "THANKSADA"), (friend, "VIPCLUB")):
        assert get_or_create_code(program, user, vanity=vanity).code == vanity


def test_every_generator_draws_a_format_the_validator_refuses(program):
    """One declaration per format: what the generators draw is what a vanity code
    may not look like."""
    from saleor_referrals.events.passes import _new_pass_code
    from saleor_referrals.rewards import _reward_code, wallet_code
    from saleor_referrals.tiers.perks import _member_code

    drawn = [_new_pass_code(), _reward_code(), wallet_code(), _member_code(program)]
    assert [codes.imitated_format(code, program) for code in drawn] == [
        codes.EVENT_PASS,
        codes.REWARD_VOUCHER,
        codes.WALLET_CARD,
        codes.member_code_format(),
    ]
    assert drawn[2].endswith("-CRDT") and len(drawn[2]) <= 16
    for code in drawn:
        with pytest.raises(CodeError):
            codes.validate_vanity(code[:20], program)


def test_vanity_code_taken_in_the_shop_is_refused(program, advocate, commerce):
    commerce.save_friend_voucher("", _spec())
    other = next(iter(commerce.vouchers.values()))
    commerce.add_voucher_codes(other.id, ["SUMMER"])
    with pytest.raises(CodeError):
        get_or_create_code(program, advocate, vanity="summer")


def test_colliding_generated_code_is_drawn_again(
    program, advocate, friend, monkeypatch
):
    taken = get_or_create_code(program, advocate).code
    drawn = iter([taken, "FRESH234"])
    monkeypatch.setattr(codes, "generate", lambda prefix="": next(drawn))
    assert get_or_create_code(program, friend).code == "FRESH234"


def test_lookup_is_case_insensitive_and_skips_inactive(program, advocate):
    code = get_or_create_code(program, advocate)
    assert codes.find_active_code(f"  {code.code.lower()} ") == code
    code.is_active = False
    code.save()
    assert codes.find_active_code(code.code) is None
    assert codes.find_active_code("") is None


def test_many_advocates_get_distinct_codes(program):
    users = [make_user(f"user{i}@example.com") for i in range(50)]
    drawn = {get_or_create_code(program, user).code for user in users}
    assert len(drawn) == 50


def _spec():
    from decimal import Decimal

    from saleor_referrals.commerce import FriendVoucherSpec

    return FriendVoucherSpec(
        "default-channel", "USD", "Other", "fixed", Decimal(5), None, True
    )
