"""Referral mutations. Each returns `errors` and writes nothing when it fails."""

from __future__ import annotations

import graphene
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import DEFAULT_DB_ALIAS

from .. import referrals, throttle
from ..codes import CodeError, find_active_code, get_or_create_code
from ..commerce import CheckoutNotFound, PromoCodeRejected, get_commerce
from ..dashboard import drift
from ..facts import Shopper
from ..identity import MAX_EMAIL_LENGTH, normalize_email
from ..models import Referral as ReferralModel
from ..models import ReferralVisit, ShareNetwork
from ..models import Reward as RewardModel
from ..programs import active_program
from ..sharing import pick_language
from .core import (
    MutationError,
    ReferralMutation,
    client_key,
    current_user,
    decode_id,
    decode_int_id,
    require_staff,
    require_user,
    throttle_mutation,
)
from .enums import (
    ReferralErrorCode,
    ReferralManualSourceEnum,
    ReferralReviewDecisionEnum,
    ReferralShareNetworkEnum,
)
from .profile import ReferralProfile
from .types import Profile, Referral, ReferralReward

MAX_INVITES_PER_CALL = 10
MAX_MESSAGE_LENGTH = 500
Code = ReferralErrorCode


def program_or_error(channel: str):
    program = active_program(channel)
    if program is None:
        raise MutationError(
            Code.PROGRAM_INACTIVE.value,
            "The referral program is not active in this channel.",
            "channel",
        )
    return program


def request_language(info, user=None, explicit: str | None = None) -> str:
    meta = getattr(info.context, "META", {})
    return pick_language(
        explicit,
        meta.get("HTTP_ACCEPT_LANGUAGE"),
        getattr(user, "language_code", None),
    )


CODE_ERRORS = {"invalid": Code.INVALID.value, "unique": Code.UNIQUE.value}


class ReferralCodeCreate(ReferralMutation):
    code = graphene.String(description="The customer's code.")
    profile = graphene.Field(ReferralProfile)

    class Arguments:
        channel = graphene.String(required=True, description="Channel slug.")
        code = graphene.String(
            description="A vanity code (4-20 letters, digits, '-' or '_'); "
            "a generated one when omitted."
        )

    class Meta:
        description = (
            "Create the signed-in customer's referral code, or return the one they "
            "have. Idempotent."
        )

    @classmethod
    def perform(cls, root, info, channel, code=None):
        user = require_user(info)
        program = program_or_error(channel)
        try:
            referral_code = get_or_create_code(program, user, vanity=code)
        except CodeError as error:
            raise MutationError(CODE_ERRORS[error.code], str(error), "code") from error
        return {
            "code": referral_code.code,
            "profile": Profile(
                program, user, request_language(info, user), DEFAULT_DB_ALIAS
            ),
        }


class ReferralInvite(ReferralMutation):
    # Nullable: an answer with errors has neither.
    invited = graphene.Int(description="Invitations queued.")
    skipped = graphene.List(
        graphene.NonNull(graphene.String),
        description=(
            "Addresses not invited because they unsubscribed from invitations, or "
            "because the channel sends none."
        ),
    )
    not_eligible = graphene.List(
        graphene.NonNull(graphene.String),
        description=(
            "Addresses not invited because the friend offer is not theirs to take: "
            "already referred, or (when the program is for new customers) already "
            "a customer."
        ),
    )

    class Arguments:
        channel = graphene.String(required=True)
        emails = graphene.List(graphene.NonNull(graphene.String), required=True)
        message = graphene.String(
            description=f"At most {MAX_MESSAGE_LENGTH} characters."
        )

    class Meta:
        description = (
            "E-mail an invitation with the customer's link to friends. Every address "
            "ends up in exactly one of `invited`, `skipped`, `notEligible`."
        )

    @classmethod
    def perform(cls, root, info, channel, emails, message=None):
        from ..emails import queue_invitation

        user = require_user(info)
        program = program_or_error(channel)
        addresses = _clean_addresses(emails, own=user.email)
        message = (message or "").strip()
        if len(message) > MAX_MESSAGE_LENGTH or "\x00" in message:
            raise MutationError(
                Code.INVALID.value,
                f"A message has at most {MAX_MESSAGE_LENGTH} characters.",
                "message",
            )
        who = client_key(info)
        if not throttle.hit("invite_call", who) or not throttle.hit(
            "invite_daily", who, cost=len(addresses)
        ):
            raise MutationError(
                Code.THROTTLED.value, "Too many invitations; try again tomorrow."
            )
        code = get_or_create_code(program, user)
        language = request_language(info, user)
        not_eligible = [
            address for address in addresses if not _may_get_offer(code, address)
        ]
        skipped = [
            address
            for address in addresses
            if address not in not_eligible
            and not queue_invitation(
                program=program,
                advocate=user,
                email=address,
                message=message,
                language=language,
            )
        ]
        return {
            "invited": len(addresses) - len(skipped) - len(not_eligible),
            "skipped": skipped,
            "not_eligible": not_eligible,
        }


def _may_get_offer(code, address: str) -> bool:
    """Whether the friend at `address` could redeem the code we would send them."""
    account = (
        get_user_model()
        .objects.filter(email__iexact=address)
        .values_list("pk", flat=True)
        .first()
    )
    try:
        referrals.check_friend_offer(code, Shopper(user_id=account, email=address))
    except referrals.CheckoutRejected:
        return False
    return True


def _clean_addresses(emails: list[str], *, own: str) -> list[str]:
    addresses = list(dict.fromkeys(email.strip() for email in emails))
    if not addresses:
        raise MutationError(Code.REQUIRED.value, "Give at least one address.", "emails")
    if len(addresses) > MAX_INVITES_PER_CALL:
        raise MutationError(
            Code.LIMIT_EXCEEDED.value,
            f"At most {MAX_INVITES_PER_CALL} addresses at a time.",
            "emails",
        )
    for address in addresses:
        if len(address) > MAX_EMAIL_LENGTH:
            raise MutationError(
                Code.INVALID.value,
                f"An e-mail address has at most {MAX_EMAIL_LENGTH} characters.",
                "emails",
            )
        try:
            validate_email(address)
        except ValidationError:
            raise MutationError(
                Code.INVALID.value,
                f"{address[:80]!r} is not an e-mail address.",
                "emails",
            ) from None
        if normalize_email(address) == normalize_email(own):
            raise MutationError(
                Code.SELF_REFERRAL.value, "You cannot invite yourself.", "emails"
            )
    return addresses


class ReferralVisitTrack(ReferralMutation):
    class Arguments:
        channel = graphene.String(required=True)
        code = graphene.String(required=True)
        network = ReferralShareNetworkEnum(
            description="Where the link was shared, from the link's `utm_source`."
        )

    class Meta:
        description = (
            "Record a visit to the `?ref=` landing page. Answers the same for every "
            "code, so it reveals nothing about which codes exist."
        )

    @classmethod
    def perform(cls, root, info, channel, code, network=None):
        throttle_mutation(info, "visit")
        referral_code = find_active_code(code[:64])
        if referral_code is not None and referral_code.program.channel_slug == channel:
            ReferralVisit.objects.create(
                program=referral_code.program,
                code=referral_code,
                network=network or ShareNetwork.OTHER,
            )
        return {}


class ReferralCheckoutCodeApply(ReferralMutation):
    checkout_id = graphene.ID(description="The checkout's global ID.")
    voucher_code = graphene.String(description="The code now on the checkout.")

    class Arguments:
        id = graphene.ID(required=True, description="Checkout ID.")
        code = graphene.String(required=True, description="A referral code, any case.")
        network = ReferralShareNetworkEnum(
            description="Where the friend's link was shared (the landing visit's "
            "network): the funnel follows it down to the order."
        )

    class Meta:
        description = (
            "Check a referral code for a checkout, remember the attribution and add "
            "the friend voucher to the checkout."
        )

    @classmethod
    def perform(cls, root, info, id, code, network=None):
        throttle_mutation(info, "checkout_apply")
        token = decode_id(id, "Checkout")
        commerce = get_commerce()
        checkout = commerce.checkout_facts(token)
        user = current_user(info)
        user_id = user.pk if user is not None else None
        if checkout is None or (
            checkout.shopper.user_id is not None and checkout.shopper.user_id != user_id
        ):
            raise MutationError(Code.NOT_FOUND.value, "Checkout not found.", "id")
        program = program_or_error(checkout.channel_slug)
        referral_code = find_active_code(code[:64])
        if referral_code is None or referral_code.program_id != program.pk:
            raise MutationError(
                Code.NOT_FOUND.value, "This referral code does not exist.", "code"
            )
        if referrals.is_self_referral(referral_code, checkout.shopper):
            raise MutationError(
                Code.SELF_REFERRAL.value,
                "You cannot use your own referral code. Share it with friends!",
                "code",
            )
        _check_friend_eligible(referral_code, checkout.shopper)
        try:
            _apply_code(token, referral_code, getattr(network, "value", network) or "")
        except CheckoutNotFound:
            raise MutationError(
                Code.NOT_FOUND.value, "Checkout not found.", "id"
            ) from None
        except PromoCodeRejected as error:
            raise MutationError(Code.NOT_ELIGIBLE.value, str(error), "code") from error
        return {"checkout_id": id, "voucher_code": referral_code.code}


def _apply_code(token: str, code, network: str = "") -> None:
    """Apply an active referral code; when the shop refuses it, undo Dashboard edits
    of its voucher or code (drift found on use) and try once more."""
    commerce = get_commerce()
    try:
        commerce.apply_checkout_code(token, code.code, network=network)
    except PromoCodeRejected:
        # Inside the mutation's transaction: a repair that does not help is
        # rolled back with the error and left to the periodic check.
        if not drift.repair_code(code):
            raise
        commerce.apply_checkout_code(token, code.code, network=network)


def _check_friend_eligible(code, shopper) -> None:
    try:
        referrals.check_friend_offer(code, shopper)
    except referrals.CheckoutRejected as rejection:
        raise MutationError(
            Code.NOT_ELIGIBLE.value, rejection.message, "code"
        ) from None


class ReferralReview(ReferralMutation):
    referral = graphene.Field(Referral)

    class Arguments:
        id = graphene.ID(required=True, description="Referral ID.")
        decision = ReferralReviewDecisionEnum(required=True)
        reason = graphene.String()

    class Meta:
        description = "Approve a flagged referral or reject one (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, id, decision, reason=None):
        actor = require_staff(info)
        pk = decode_int_id(id, "Referral")
        if not ReferralModel.objects.filter(pk=pk).exists():
            raise MutationError(Code.NOT_FOUND.value, "Referral not found.", "id")
        try:
            referral = referrals.review(
                pk,
                approve=decision == "approve",
                reason=(reason or "")[:200],
                actor=actor,
            )
        except referrals.StaffActionError as error:
            raise MutationError(error.code, error.message, "decision") from error
        return {"referral": referral}


class ReferralRewardRevoke(ReferralMutation):
    reward = graphene.Field(ReferralReward)

    class Arguments:
        id = graphene.ID(required=True, description="Reward ID.")
        reason = graphene.String(required=True)

    class Meta:
        description = (
            "Cancel a held reward or take back an issued one; what cannot be taken "
            "back is recorded as a shortfall (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, id, reason):
        actor = require_staff(info)
        pk = decode_int_id(id, "ReferralReward")
        if not reason.strip():
            raise MutationError(Code.REQUIRED.value, "Give a reason.", "reason")
        if not RewardModel.objects.filter(pk=pk).exists():
            raise MutationError(Code.NOT_FOUND.value, "Reward not found.", "id")
        try:
            reward = referrals.revoke_reward(
                pk, reason=reason.strip()[:200], actor=actor
            )
        except referrals.StaffActionError as error:
            raise MutationError(error.code, error.message, "id") from error
        return {"reward": reward}


class ReferralCreate(ReferralMutation):
    referral = graphene.Field(Referral)

    class Arguments:
        channel = graphene.String(required=True)
        advocate_email = graphene.String(required=True)
        order_id = graphene.ID(required=True, description="The friend's order.")
        source = ReferralManualSourceEnum(
            description="SURVEY for a 'how did you hear about us' answer."
        )

    class Meta:
        description = (
            "Attribute an existing order to an advocate by hand; a paid order is "
            "qualified at once (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, channel, advocate_email, order_id, source=None):
        actor = require_staff(info)
        program = active_program(channel)
        if program is None:
            raise MutationError(
                Code.PROGRAM_INACTIVE.value, "No active program here.", "channel"
            )
        advocate = (
            get_user_model()
            .objects.filter(email__iexact=advocate_email.strip()[:254])
            .first()
        )
        if advocate is None:
            raise MutationError(
                Code.NOT_FOUND.value, "No customer has this e-mail.", "advocateEmail"
            )
        facts = get_commerce().order_facts(decode_id(order_id, "Order", "orderId"))
        if facts is None:
            raise MutationError(Code.NOT_FOUND.value, "Order not found.", "orderId")
        code = get_or_create_code(program, advocate)
        try:
            referral = referrals.attribute_manually(
                code, facts, source=source or "survey", actor=actor
            )
        except referrals.StaffActionError as error:
            raise MutationError(error.code, error.message, "orderId") from error
        return {"referral": referral}


class ReferralEmailUnsubscribe(ReferralMutation):
    topic = graphene.String(
        description="What the address no longer receives (asks, updates, invitations)."
    )

    class Arguments:
        token = graphene.String(
            required=True, description="The token of the e-mail's unsubscribe link."
        )

    class Meta:
        description = (
            "One-click unsubscribe from a referral e-mail link, for a storefront that "
            "serves the link's page itself. No login needed: the token is signed."
        )

    @classmethod
    def perform(cls, root, info, token):
        from django.core import signing

        from ..emails import consent

        try:
            subscription = consent.read_token(token[:2000])
        except signing.BadSignature:
            raise MutationError(
                Code.INVALID.value, "This unsubscribe link is not valid.", "token"
            ) from None
        consent.opt_out(subscription.email, subscription.topic)
        return {"topic": subscription.topic}
