"""Campaigns (time-boxed offers) and contests (winners by converted referrals)."""
