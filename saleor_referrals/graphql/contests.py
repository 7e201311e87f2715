"""Contests in the referral API: staff edits and decisions, and each customer's
standing (`referralProfile { contests }`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import graphene
from django.utils import timezone

from ..campaigns import contests as service
from ..campaigns.models import (
    Contest,
    ContestPrize,
    ContestState,
    PrizeKind,
    PrizeMethod,
)
from ..identity import display_name
from ..writer import reading
from .campaigns import campaign_errors
from .core import (
    MutationError,
    ReferralMutation,
    decimal_argument,
    decode_int_id,
    read_alias,
    require_staff,
    staff_only,
    staff_program,
    text_arguments,
)
from .enums import ReferralErrorCode, _enum
from .scalars import DateTime, DateTimeInput
from .tiers.mutations import ReferralTranslationInput
from .tiers.types import ReferralTranslation, _translations
from .types import Profile, ReferralMoney, money

ReferralContestStateEnum = _enum(
    "ReferralContestStateEnum", ContestState, "Where a contest stands."
)
ReferralPrizeMethodEnum = _enum(
    "ReferralPrizeMethodEnum", PrizeMethod, "How a prize's winner is chosen."
)
ReferralPrizeKindEnum = _enum(
    "ReferralPrizeKindEnum", PrizeKind, "What a contest prize is."
)
Code = ReferralErrorCode
PROFILE_CONTESTS = 20


def _currency(prize: ContestPrize) -> str:
    return prize.contest.program.currency


class ReferralContestPrize(graphene.ObjectType):
    method = ReferralPrizeMethodEnum(required=True)
    position = graphene.Int(
        required=True, description="Rank 1, 2, ... or the draw's 1, 2, ..."
    )
    kind = ReferralPrizeKindEnum(required=True)
    amount = graphene.Field(
        ReferralMoney,
        required=True,
        description="Voucher or credit value; for a physical prize, its cost.",
    )
    description = graphene.String(required=True)
    winner_name = graphene.String(
        description="First name and last initial of the winner, once decided."
    )
    winner_email = graphene.String(description="Staff only.")
    winner_referrals = graphene.Int(required=True)
    reward_status = graphene.String(
        description="Staff only: the ledger row's status for a voucher or credit."
    )
    fulfilled_at = DateTime(description="Staff only: physical prize handed over.")
    fulfilled_by = graphene.String(description="Staff only.")

    class Meta:
        description = "A contest prize and, once decided, its winner."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_amount(root: ContestPrize, info):
        return money(root.amount, _currency(root))

    @staticmethod
    def resolve_winner_name(root: ContestPrize, info):
        user = root.winner
        if user is None:
            return None
        return display_name(user.first_name, user.last_name, "") or None

    @staticmethod
    @staff_only
    def resolve_winner_email(root: ContestPrize, info):
        return root.winner.email if root.winner else None

    @staticmethod
    @staff_only
    def resolve_reward_status(root: ContestPrize, info):
        return root.reward.status if root.reward else None

    @staticmethod
    @staff_only
    def resolve_fulfilled_at(root: ContestPrize, info):
        return root.fulfilled_at

    @staticmethod
    @staff_only
    def resolve_fulfilled_by(root: ContestPrize, info):
        return root.fulfilled_by or None


class ReferralContest(graphene.ObjectType):
    name = graphene.String(required=True, language_code=graphene.String())
    translations = graphene.List(graphene.NonNull(ReferralTranslation), required=True)
    starts_at = DateTime(required=True)
    ends_at = DateTime(required=True)
    decide_after = DateTime(
        required=True, description="End plus the hold: when the task decides."
    )
    min_referrals = graphene.Int(
        required=True, description="Converted referrals in the window to take part."
    )
    state = ReferralContestStateEnum(required=True)
    prizes = graphene.List(graphene.NonNull(ReferralContestPrize), required=True)
    seed = graphene.String(
        description="The draw's seed once decided: repeat the draw with it."
    )
    decided_at = DateTime()
    decided_by = graphene.String(description="Staff only.")
    entrants = graphene.Int(description="Staff only: advocates over the threshold.")
    prize_cost = graphene.Field(ReferralMoney, description="Staff only.")
    referred_revenue = graphene.Field(
        ReferralMoney,
        description="Staff only: order totals of the window's converted referrals.",
    )

    class Meta:
        description = "Advocates compete on converted referrals in a window."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_name(root: Contest, info, language_code=None):
        return root.translated_name(language_code or "")

    @staticmethod
    def resolve_translations(root: Contest, info):
        return _translations(root)

    @staticmethod
    def resolve_decide_after(root: Contest, info):
        return service.decide_after(root)

    @staticmethod
    def resolve_prizes(root: Contest, info):
        # A mutation's payload (the contest just decided) reads the writer.
        with reading(read_alias(info)):
            prizes = list(root.prizes.all())
        for prize in prizes:
            prize.contest = root
        return prizes

    @staticmethod
    def resolve_seed(root: Contest, info):
        return root.seed or None

    @staticmethod
    @staff_only
    def resolve_decided_by(root: Contest, info):
        return root.decided_by or None

    @staticmethod
    @staff_only
    def resolve_entrants(root: Contest, info):
        return root.entrants

    @staticmethod
    @staff_only
    def resolve_prize_cost(root: Contest, info):
        return money(root.prize_cost, root.program.currency)

    @staticmethod
    @staff_only
    def resolve_referred_revenue(root: Contest, info):
        return money(root.referred_revenue, root.program.currency)


class ReferralContestStanding(graphene.ObjectType):
    contest = graphene.Field(ReferralContest, required=True)
    converted_referrals = graphene.Int(
        required=True, description="Friends converted in the window, past the hold."
    )
    rank = graphene.Int(
        description="Place among advocates with a referral; null if none."
    )
    entered = graphene.Boolean(
        required=True, description="At or over the entry threshold."
    )
    referrals_needed = graphene.Int(
        required=True, description="Converted referrals still needed to enter."
    )
    prizes_won = graphene.List(graphene.NonNull(ReferralContestPrize), required=True)

    class Meta:
        description = "The signed-in customer's place in a contest."


def _contest_rows(queryset):
    return queryset.select_related("program").prefetch_related(
        "prizes__winner", "prizes__reward"
    )


def resolve_profile_contests(root: Profile, info):
    """Contests that have started, latest first: one grouped count each."""
    now = timezone.now()
    with reading(root.using):
        rows = list(
            _contest_rows(
                Contest.objects.using(root.using).filter(
                    program=root.program, starts_at__lte=now
                )
            ).order_by("-starts_at", "-pk")[:PROFILE_CONTESTS]
        )
        result = []
        for contest in rows:
            entries = service.standings(contest, root.using)
            place = next(
                (
                    (index, entry)
                    for index, entry in enumerate(entries, start=1)
                    if entry.advocate_id == root.user.pk
                ),
                None,
            )
            count = place[1].referrals if place else 0
            prizes = [p for p in contest.prizes.all() if p.winner_id == root.user.pk]
            for prize in prizes:
                prize.contest = contest
            result.append(
                {
                    "contest": contest,
                    "converted_referrals": count,
                    "rank": place[0] if place else None,
                    "entered": count >= contest.min_referrals,
                    "referrals_needed": max(contest.min_referrals - count, 0),
                    "prizes_won": prizes,
                }
            )
    return result


class ContestQueries(graphene.ObjectType):
    referral_contests = graphene.List(
        graphene.NonNull(ReferralContest),
        required=True,
        channel=graphene.String(required=True),
        state=ReferralContestStateEnum(),
        description="A channel's contests, latest start first (MANAGE_DISCOUNTS).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_contests(root, info, channel, state=None):
        require_staff(info)
        using = read_alias(info)
        with reading(using):
            rows = _contest_rows(
                Contest.objects.using(using).filter(program__channel_slug=channel)
            ).order_by("-starts_at", "-pk")
            if state:
                rows = rows.filter(state=state)
            return list(rows)


# --- mutations (staff) -----------------------------------------------------------


class ReferralContestPrizeInput(graphene.InputObjectType):
    method = ReferralPrizeMethodEnum(required=True)
    kind = ReferralPrizeKindEnum(required=True)
    amount = graphene.Float(
        description="Voucher or credit value (above 0); a physical prize's cost."
    )
    description = graphene.String(description="Required for a physical prize.")

    class Meta:
        description = (
            "A prize; rank prizes go 1st, 2nd, ... in the order given, draws too."
        )


class ReferralContestInput(graphene.InputObjectType):
    name = graphene.String(description="Required on create.")
    translations = graphene.List(graphene.NonNull(ReferralTranslationInput))
    starts_at = DateTimeInput(description="Required on create.")
    ends_at = DateTimeInput(description="Required on create; after the start.")
    min_referrals = graphene.Int(description="Entry threshold, 1 by default.")
    prizes = graphene.List(
        graphene.NonNull(ReferralContestPrizeInput),
        description="Required on create; on update replaces all prizes.",
    )

    class Meta:
        description = "A contest; on update, only fields given change."


def _prize_specs(items) -> list[service.PrizeSpec]:
    specs = []
    for item in items or []:
        amount = item.get("amount")
        value = Decimal("0") if amount is None else decimal_argument(amount, "prizes")
        specs.append(
            service.PrizeSpec(
                method=item["method"],
                kind=item["kind"],
                amount=value,
                description=(item.get("description") or "").strip(),
            )
        )
    return specs


def contest_changes(data: dict) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if "name" in data:
        changes["name"] = (data["name"] or "").strip()[:100]
    if "translations" in data:
        translations: dict[str, str] = {}
        for item in data["translations"] or []:
            language = (item.get("language") or "").strip().lower()
            if language in translations:
                raise MutationError(
                    Code.UNIQUE.value, f"Two {language!r} translations.", "translations"
                )
            translations[language] = (item.get("name") or "").strip()[:100]
        changes["name_translations"] = translations
    for name in ("starts_at", "ends_at", "min_referrals"):
        if name in data:
            changes[name] = data[name]
    if "prizes" in data:
        changes["prizes"] = _prize_specs(data["prizes"])
    return changes


def _contest(global_id: str, channel: str | None) -> Contest:
    contest = (
        Contest.objects.select_related("program")
        .filter(pk=decode_int_id(global_id, "ReferralContest"))
        .first()
    )
    if contest is None or (
        channel is not None and contest.program.channel_slug != channel
    ):
        raise MutationError(Code.NOT_FOUND.value, "Contest not found.", "id")
    return contest


CHANNEL_CHECK = graphene.String(
    description="When given, the object must belong to this channel."
)


class ReferralContestCreate(ReferralMutation):
    contest = graphene.Field(ReferralContest)

    class Arguments:
        channel = graphene.String(required=True)
        input = ReferralContestInput(required=True)

    class Meta:
        description = "Open a contest (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, channel, input):
        require_staff(info)
        program = staff_program(channel)
        changes = contest_changes(dict(input))
        for name, field in (
            ("name", "name"),
            ("starts_at", "startsAt"),
            ("ends_at", "endsAt"),
        ):
            if not changes.get(name):
                raise MutationError(Code.REQUIRED.value, f"{field} is required.", field)
        if changes.get("min_referrals") is None:
            changes["min_referrals"] = 1
        spec = service.ContestSpec(**changes)
        contest = campaign_errors(lambda: service.create_contest(program, spec))
        return {"contest": contest}


class ReferralContestUpdate(ReferralMutation):
    contest = graphene.Field(ReferralContest)

    class Arguments:
        id = graphene.ID(required=True)
        channel = CHANNEL_CHECK
        input = ReferralContestInput(required=True)

    class Meta:
        description = "Change an undecided contest (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, id, input, channel=None):
        require_staff(info)
        contest = _contest(id, channel)
        changes = contest_changes(dict(input))
        contest = campaign_errors(lambda: service.update_contest(contest, changes))
        return {"contest": contest}


class ReferralContestDecide(ReferralMutation):
    contest = graphene.Field(ReferralContest)

    class Arguments:
        id = graphene.ID(required=True)
        channel = CHANNEL_CHECK
        seed = graphene.String(
            description="The draw's seed (published in advance, say); random if "
            "not given. Recorded either way."
        )

    class Meta:
        description = (
            "Decide the winners now, after the end; referrals still on hold do not "
            "count. Deciding twice changes nothing (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, id, channel=None, seed=None):
        actor = require_staff(info)
        contest = _contest(id, channel)
        seed = (seed or "").strip()[:64] or None
        decision = campaign_errors(
            lambda: service.decide(contest.pk, actor=actor, seed=seed)
        )
        if not decision.newly_decided:
            raise MutationError(
                Code.NOT_DECIDABLE.value, "The contest is already decided.", "id"
            )
        return {"contest": decision.contest}


class ReferralContestPrizeFulfil(ReferralMutation):
    prize = graphene.Field(ReferralContestPrize)

    class Arguments:
        id = graphene.ID(required=True, description="A ReferralContestPrize ID.")
        channel = CHANNEL_CHECK
        note = graphene.String(description="Tracking number or hand-over note.")

    class Meta:
        description = "Mark a physical prize handed to its winner (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, id, channel=None, note=None):
        actor = require_staff(info)
        prize = (
            ContestPrize.objects.select_related("contest__program")
            .filter(pk=decode_int_id(id, "ReferralContestPrize"))
            .first()
        )
        if prize is None or (
            channel is not None and prize.contest.program.channel_slug != channel
        ):
            raise MutationError(Code.NOT_FOUND.value, "Prize not found.", "id")
        contest = prize.contest
        prize = campaign_errors(
            lambda: service.mark_fulfilled(prize.pk, actor=actor, note=note or "")
        )
        prize.contest = contest
        return {"prize": prize}


class ContestMutations(graphene.ObjectType):
    referral_contest_create = ReferralContestCreate.Field()
    referral_contest_update = ReferralContestUpdate.Field()
    referral_contest_decide = ReferralContestDecide.Field()
    referral_contest_prize_fulfil = ReferralContestPrizeFulfil.Field()
