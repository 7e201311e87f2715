"""Causes and fundraisers: donations per converted referral, advocates giving their
reward away, staff payouts and public totals (F13)."""
