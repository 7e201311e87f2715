"""Which e-mails exist: one line each, next to its template pair.

Adding an e-mail (tier promotion, say) is: `email_templates/<name>.html` and
`<name>.txt`, one `register(...)` line below, and a call to `send.deliver()` (or
`send.queue()`) from wherever the event happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

# Every msgid of the e-mails carries this context (written out as a literal at each
# call: xgettext reads only literals), so that another app's catalog (an earlier
# INSTALLED_APPS entry wins) can never change our wording.
CONTEXT = "referrals"

# Consent topics. An e-mail without a topic is transactional and always goes.
ASKS = "asks"  # thank-you ask and reminder: "share your code"
UPDATES = "updates"  # progress of a referral that is not yet money
INVITATIONS = "invitations"  # a friend's invitation, sent to an address we do not own
TOPICS = (ASKS, UPDATES, INVITATIONS)


@dataclass(frozen=True)
class EmailSpec:
    name: str
    subject: Promise  # %(key)s placeholders are filled from the template context
    topic: str | None
    # ReferralProgram field that switches the e-mail on for a channel.
    setting: str

    @property
    def is_marketing(self) -> bool:
        return self.topic is not None

    def enabled_for(self, program: Any) -> bool:
        value = getattr(program, self.setting)
        return value not in (None, False, 0, "", "off")


EMAILS: dict[str, EmailSpec] = {}


def register(spec: EmailSpec) -> EmailSpec:
    EMAILS[spec.name] = spec
    return spec


THANK_YOU = register(
    EmailSpec(
        "thank_you",
        subject=pgettext_lazy(
            "referrals", "Thank you for your order! A gift for your friends inside"
        ),
        topic=ASKS,
        setting="thank_you_email",
    )
)
INVITATION = register(
    EmailSpec(
        "invitation",
        subject=pgettext_lazy(
            "referrals", "%(advocate_name)s sent you %(friend_offer)s"
        ),
        topic=INVITATIONS,
        setting="invitation_emails",
    )
)
FRIEND_ORDERED = register(
    EmailSpec(
        "friend_ordered",
        subject=pgettext_lazy(
            "referrals", "A friend just ordered with your referral code"
        ),
        topic=UPDATES,
        setting="status_emails",
    )
)
REWARD_HELD = register(
    EmailSpec(
        "reward_held",
        subject=pgettext_lazy(
            "referrals", "You earned %(amount)s: it is yours on %(release_date)s"
        ),
        topic=UPDATES,
        setting="status_emails",
    )
)
REWARD_RELEASED = register(
    EmailSpec(
        "reward_released",
        subject=pgettext_lazy("referrals", "Your %(amount)s referral reward is ready"),
        topic=None,
        setting="status_emails",
    )
)
REWARD_REVERSED = register(
    EmailSpec(
        "reward_reversed",
        subject=pgettext_lazy(
            "referrals", "Your %(amount)s referral reward was reversed"
        ),
        topic=None,
        setting="status_emails",
    )
)
NUDGE = register(
    EmailSpec(
        "nudge",
        subject=pgettext_lazy(
            "referrals", "Your friends can still get %(friend_offer)s"
        ),
        topic=ASKS,
        setting="nudge_after_days",
    )
)
TIER_PROMOTED = register(
    EmailSpec(
        "tier_promoted",
        subject=pgettext_lazy("referrals", "Welcome to %(tier_name)s"),
        topic=UPDATES,
        setting="status_emails",
    )
)
TIER_AT_RISK = register(
    EmailSpec(
        "tier_at_risk",
        subject=pgettext_lazy("referrals", "Keep your %(tier_name)s perks"),
        topic=UPDATES,
        setting="status_emails",
    )
)
MILESTONE_REACHED = register(
    EmailSpec(
        "milestone_reached",
        subject=pgettext_lazy("referrals", "New badge: %(badge_name)s"),
        topic=UPDATES,
        setting="status_emails",
    )
)
CONTEST_WON = register(
    EmailSpec(
        "contest_won",
        subject=pgettext_lazy("referrals", "You won a prize in %(contest_name)s"),
        topic=None,
        setting="status_emails",
    )
)


EVENT_INVITATION = register(
    EmailSpec(
        "event_invitation",
        subject=pgettext_lazy("referrals", "You are invited to %(event_name)s"),
        topic=UPDATES,
        setting="status_emails",
    )
)


DONATION_MADE = register(
    EmailSpec(
        "donation_made",
        subject=pgettext_lazy(
            "referrals", "%(amount)s went to %(cause_name)s on your behalf"
        ),
        topic=UPDATES,
        setting="status_emails",
    )
)
