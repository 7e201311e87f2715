"""The Referrals console as a Saleor App: its manifest, served by the plugin, and its
installation (Dashboard → Apps → install from the manifest URL, or the
`referrals_install_app` command, which needs no HTTP round trip).

Only `saleor_install.py` touches Saleor's models; the manifest is plain data.
(Named `saleor_app`, not `apps`: a package `apps/` would shadow `apps.py`, the
Django AppConfig whose `ready()` wires the plugin into Saleor.)
"""
