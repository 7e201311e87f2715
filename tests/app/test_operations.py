"""The App's operator commands (`saleor-referrals-app program|code`): a channel's
program and an advocate's code in one instance's schema, through the same domain
calls as the plugin's form and `referralCodeCreate`; bad input exits 2 and
writes nothing."""

from __future__ import annotations

import json

import pytest

from saleor_referrals.app.__main__ import main
from saleor_referrals.codes import saleor_codes
from saleor_referrals.models import ReferralCode, ReferralProgram

from ..conftest import CHANNEL
from .conftest import user_global_id
from .test_exactly_once import in_schema

pytestmark = pytest.mark.django_db(transaction=True)


def run(capsys, *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out.strip(), captured.err.strip()


def configure(capsys, saleor, *assignments: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "program",
        f"--saleor-api-url={saleor.api_url}",
        f"--channel={CHANNEL}",
        "--currency=usd",
        *(f"--set={assignment}" for assignment in assignments),
    )


def code_command(saleor, customer: str) -> tuple[str, ...]:
    return (
        "code",
        f"--saleor-api-url={saleor.api_url}",
        f"--channel={CHANNEL}",
        f"--customer={customer}",
        "--email=anna@example.com",
    )


def test_a_program_and_a_code_land_in_their_instance_only(
    instances,
    saleor_a,
    commerce,
    capsys,
    settings,
):
    settings.REFERRALS_FRIEND_ONCE_PER_CUSTOMER = True
    status, out, _ = configure(
        capsys, saleor_a, "friend_discount_value=10", "hold_days=0"
    )
    assert (status, json.loads(out)) == (0, {"channel": CHANNEL, "active": True})
    program = in_schema(instances[0], lambda: ReferralProgram.objects.get())
    assert (program.currency, program.friend_discount_value) == ("USD", 10)
    friend_voucher = commerce.vouchers[program.friend_voucher_id]
    assert friend_voucher.once_per_customer

    arguments = code_command(saleor_a, user_global_id(5))
    status, code, _ = run(capsys, *arguments)
    assert status == 0
    assert run(capsys, *arguments)[:2] == (0, code)  # idempotent
    row = in_schema(
        instances[0], lambda: ReferralCode.objects.select_related("user").get()
    )
    assert (row.code, row.user_id, row.user.email) == (code, 5, "anna@example.com")
    assert set(saleor_codes(code)) <= set(friend_voucher.codes)
    assert in_schema(instances[1], lambda: ReferralProgram.objects.exists()) is False
    assert in_schema(instances[1], lambda: ReferralCode.objects.exists()) is False


def test_bad_input_exits_2_and_writes_nothing(
    instances,
    saleor_a,
    commerce,
    capsys,
):
    status, _, err = configure(capsys, saleor_a, "friend_discount_value=-3")
    assert status == 2
    assert "friend_discount_value" in json.loads(err)["errors"]
    assert configure(capsys, saleor_a, "no_equals_sign")[0] == 2
    unknown = run(
        capsys,
        "program",
        "--saleor-api-url=http://nowhere.example/graphql/",
        f"--channel={CHANNEL}",
        "--currency=USD",
    )
    assert unknown[0] == 2 and "not installed" in unknown[2]
    no_program = run(capsys, *code_command(saleor_a, "5"))
    assert no_program[0] == 2 and "has no program" in no_program[2]
    not_a_customer = run(capsys, *code_command(saleor_a, "T3JkZXI6MQ=="))
    assert not_a_customer[0] == 2 and "not a customer id" in not_a_customer[2]
    assert in_schema(instances[0], lambda: ReferralProgram.objects.exists()) is False
    assert in_schema(instances[0], lambda: ReferralCode.objects.exists()) is False
