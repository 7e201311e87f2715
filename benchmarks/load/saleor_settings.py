"""Saleor's own settings, with or without the plugin, for the load benchmarks.

`REFERRALS_LOAD_PLUGIN=off` serves the same Saleor, from the same environment and
the same database, as if saleor-referrals were not installed: Saleor's settings add
every `saleor.plugins` entry point to `INSTALLED_APPS` and `PLUGINS` at start-up, so
we take it out of both (no models, no GraphQL fields, no hooks, no tasks).
"""

import json
import os

from saleor.settings import *  # noqa: F403
from saleor.settings import INSTALLED_APPS, PLUGINS

PLUGIN_APP = "saleor_referrals"

if os.environ.get("REFERRALS_LOAD_PLUGIN", "on") == "off":
    INSTALLED_APPS = [app for app in INSTALLED_APPS if app != PLUGIN_APP]
    PLUGINS = [path for path in PLUGINS if not path.startswith(f"{PLUGIN_APP}.")]

# The load generator runs on one address; it tells its shoppers apart the way a
# proxy in front of Saleor would, with X-Forwarded-For (see saleor_referrals/throttle.py).
REFERRALS_TRUSTED_PROXIES = int(os.environ.get("REFERRALS_TRUSTED_PROXIES", "0"))
if limits := os.environ.get("REFERRALS_RATE_LIMITS"):
    REFERRALS_RATE_LIMITS = {
        scope: tuple(limit) for scope, limit in json.loads(limits).items()
    }
