"""The Referrals console: the operator's web app, served by the plugin.

`views.py` serves its HTML shell at `console` (and every `console/<sub-path>`, for
client-side routing); the app itself is built from `console/` in the repository into
`saleor_referrals/assets/console/` and talks only to `/graphql/`.
"""
