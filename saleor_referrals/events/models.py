"""A channel's events, the members invited and the guest passes they give away."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone

MONEY = {"max_digits": 12, "decimal_places": 3}


class Event(models.Model):
    program = models.ForeignKey(
        "saleor_referrals.ReferralProgram",
        related_name="events",
        on_delete=models.CASCADE,
    )
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    starts_at = models.DateTimeField()
    # Guests admitted through passes; members come on their invitation.
    capacity = models.PositiveIntegerField()
    # Members below this tier are not invited; null invites every advocate.
    min_tier = models.ForeignKey(
        "saleor_referrals.Tier",
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    guest_passes_per_member = models.PositiveIntegerField(default=1)
    # What the event costs the shop, for the program's analytics.
    cost = models.DecimalField(**MONEY, default=Decimal("0"))
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("starts_at", "pk")

    def __str__(self) -> str:
        return self.name


class EventInvitation(models.Model):
    event = models.ForeignKey(
        Event, related_name="invitations", on_delete=models.CASCADE
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="referral_event_invitations",
        on_delete=models.CASCADE,
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("pk",)
        constraints = [
            models.UniqueConstraint(
                fields=["event", "member"], name="event_invitation_once_per_member"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_id} invited to {self.event_id}"


class EventPass(models.Model):
    event = models.ForeignKey(Event, related_name="passes", on_delete=models.CASCADE)
    invitation = models.ForeignKey(
        EventInvitation, related_name="passes", on_delete=models.CASCADE
    )
    code = models.CharField(max_length=32, unique=True)
    redeemed_email = models.EmailField(blank=True)
    redeemed_at = models.DateTimeField(null=True, blank=True)
    # The friend's lead, when the friend was not already someone else's.
    referral = models.ForeignKey(
        "saleor_referrals.Referral",
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return self.code
