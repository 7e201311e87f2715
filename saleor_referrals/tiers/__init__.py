"""Loyalty tiers, milestones and badges: what keeps advocates referring.

Counts come from `counting.converted_referrals`; rewards are rows on the one ledger
(`rewards.py`); every tier change is stored with its time and reason (`TierChange`).
"""
