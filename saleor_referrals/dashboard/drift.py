"""Edits made in the Dashboard that would break the program: found and undone.

What wins (README, "Edits in the Dashboard"):
- the plugin settings are the friend offer: a friend voucher edited on its own page
  (value, type, dates, limits, countries, minimums) is put back, a deleted one is
  created again with every active code;
- a customer's code deleted from the voucher (or switched off there) is restored;
  when another voucher or gift card has taken that code meanwhile, the customer
  gets a new code;
- wallet gift cards are never re-activated or taken over here: `rewards` blocks a
  reward for an unusable card with the reason, and opens a new card for a deleted
  one.

Found twice: by a periodic task (`repair_program` for each of `program_ids`), and on use, when a shop refuses
an active referral code at checkout (`repair_code`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from ..codes import generate, saleor_codes
from ..commerce import FriendVoucherSpec, get_commerce
from ..models import ReferralCode, ReferralProgram
from ..programs import friend_voucher_spec, live_campaign

logger = logging.getLogger(__name__)


@dataclass
class Repair:
    channel_slug: str
    findings: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.findings)


def offer_differences(held: FriendVoucherSpec, wanted: FriendVoucherSpec) -> list[str]:
    names = (
        "name",
        "channel_slug",
        "currency",
        "discount_type",
        "value",
        "min_spent",
        "active",
        "once_per_customer",
    )
    return [name for name in names if getattr(held, name) != getattr(wanted, name)]


def _repair_voucher(program: ReferralProgram, repair: Repair, codes) -> dict:
    """Bring the voucher in line with the settings; the codes it holds."""
    commerce = get_commerce()
    # The offer in force: a live campaign's, else the settings'.
    wanted = friend_voucher_spec(program, live_campaign(program))
    state = commerce.read_friend_voucher(program.friend_voucher_id, codes)
    if state is None:
        repair.findings.append("friend voucher was deleted: created again")
    else:
        changed = offer_differences(state.spec, wanted) + list(state.extra_restrictions)
        if changed:
            repair.findings.append(
                f"friend voucher was edited ({', '.join(changed)}): settings restored"
            )
    if repair:
        voucher_id = commerce.save_friend_voucher(program.friend_voucher_id, wanted)
        if voucher_id != program.friend_voucher_id:
            program.friend_voucher_id = voucher_id
            program.save(update_fields=["friend_voucher_id", "updated_at"])
    return state.codes if state is not None else {}


def _restore_codes(
    program: ReferralProgram, repair: Repair, codes: list[ReferralCode], held: dict
) -> None:
    commerce = get_commerce()
    restored: list[str] = []
    for code in codes:
        wanted = saleor_codes(code.code)
        missing = [c for c in wanted if c not in held]
        switched_off = [c for c in wanted if held.get(c) is False]
        if switched_off:
            commerce.set_voucher_codes_active(switched_off, True)
            repair.findings.append(f"code {code.code} was switched off: on again")
        if not missing:
            continue
        try:
            with transaction.atomic():
                commerce.add_voucher_codes(program.friend_voucher_id, missing)
            restored.append(code.code)
        except IntegrityError:
            _give_new_code(program, code, repair)
    if restored:
        shown = ", ".join(restored[:10]) + (" ..." if len(restored) > 10 else "")
        repair.findings.append(f"{len(restored)} deleted code(s) restored: {shown}")


def _give_new_code(program: ReferralProgram, code: ReferralCode, repair: Repair):
    """The old code now belongs to another voucher or gift card."""
    commerce = get_commerce()
    old = code.code
    for _ in range(8):
        candidate = generate(program.code_prefix)
        if not all(commerce.is_code_available(c) for c in saleor_codes(candidate)):
            continue
        try:
            with transaction.atomic():
                code.code = candidate
                code.save(update_fields=["code"])
                commerce.add_voucher_codes(
                    program.friend_voucher_id, saleor_codes(candidate)
                )
        except IntegrityError:
            code.code = old
            continue
        repair.findings.append(
            f"code {old} was deleted and is now used elsewhere: the customer's new "
            f"code is {candidate}"
        )
        return
    repair.findings.append(f"code {old} is used elsewhere; no free code was drawn")


def repair_program(program_id: int) -> Repair:
    """Check one program's friend voucher and every active code; undo edits."""
    with transaction.atomic():
        program = ReferralProgram.objects.select_for_update(no_key=True).get(
            pk=program_id
        )
        repair = Repair(program.channel_slug)
        codes = list(program.codes.filter(is_active=True, user__isnull=False))
        held = _repair_voucher(program, repair, None)
        _restore_codes(program, repair, codes, held)
    if repair:
        logger.warning(
            "Referrals: Dashboard edits undone in %s: %s",
            repair.channel_slug,
            "; ".join(repair.findings),
        )
    return repair


def repair_code(code: ReferralCode) -> Repair:
    """On use: the shop refused an active referral code. Check only its voucher
    and this code (cheap enough for the request that found it)."""
    with transaction.atomic():
        program = ReferralProgram.objects.select_for_update(no_key=True).get(
            pk=code.program_id
        )
        repair = Repair(program.channel_slug)
        held = _repair_voucher(program, repair, saleor_codes(code.code))
        _restore_codes(program, repair, [code], held)
    code.program = program
    return repair


def program_ids() -> list[int]:
    return list(
        ReferralProgram.objects.exclude(friend_voucher_id="").values_list(
            "pk", flat=True
        )
    )
