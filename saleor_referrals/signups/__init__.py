"""Sign-ups count: a customer who registers with a referral code is the advocate's
lead at once, and may earn the advocate a sign-up reward (F5, F6)."""
