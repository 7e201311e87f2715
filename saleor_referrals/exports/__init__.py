"""CSV exports for staff: referrals, the reward ledger, donations and the funnel,
written by a Celery task in constant memory to Django's default storage."""
