"""Sent after a status change is saved (inside the transaction that saved it).

Receivers that do slow work (e-mails) must defer it: `outbox.send` records it in
that transaction and hands it to Celery after commit.
"""

from django.dispatch import Signal

# sender=Referral, referral=..., from_status=..., to_status=..., reason=...
referral_status_changed = Signal()
# sender=Reward, reward=..., from_status=..., to_status=..., reason=...
reward_status_changed = Signal()
