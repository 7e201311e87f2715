"""App mode: the referral program as a Saleor App of its own (DESIGN §9).

A Django service, apart from Saleor's process, that Saleor installs from its
manifest (`/api/manifest`), that receives Saleor's signed async webhooks
(`/api/webhooks`) and that reaches Saleor only through its GraphQL API with the
App token. The domain is the plugin's, unchanged: one PostgreSQL schema per
installed Saleor instance (`tenancy.py`) holds that instance's referral tables.

Nothing in this package imports `saleor` (`tests/test_layering.py`).
"""
