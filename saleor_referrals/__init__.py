"""Customer referral program for Saleor."""

__version__ = "0.1.0"

# How the shop names the plugin: its configuration and its pages' routes
# (`/plugins/channel/<channel>/saleor_referrals/...`).
PLUGIN_ID = "saleor_referrals"
