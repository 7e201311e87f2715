"""The installed Saleor instances: App mode's only table outside the instances'
schemas (it lives in `public`, whatever schema a request has switched to)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

# Schema-qualified, so that an instance's request (its `search_path` is its own
# schema only) still finds the registry, and no instance schema gets a copy.
REGISTRY_TABLE = 'public"."referrals_app_installation'


class Installation(models.Model):
    """One Saleor instance that installed the App: its API URL (the tenant key,
    from the `Saleor-Api-Url` header), its App token and the schema of its data."""

    saleor_api_url = models.URLField(max_length=500, unique=True)
    saleor_domain = models.CharField(max_length=255, blank=True, default="")
    auth_token = models.CharField(max_length=500)
    # The App's global id in that instance (`app { id }` at install): a token the
    # Dashboard hands the console names it (`tokens.verify_token`).
    app_id = models.CharField(max_length=255, blank=True, default="")
    schema_name = models.CharField(max_length=63, unique=True)
    # The instance's signing keys (`/.well-known/jwks.json`), as last fetched.
    jwks = models.JSONField(default=dict, blank=True)
    jwks_fetched_at = models.DateTimeField(null=True, blank=True)
    installed_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        app_label = "saleor_referrals_app"
        db_table = REGISTRY_TABLE

    def __str__(self) -> str:
        return f"{self.saleor_api_url} [{self.schema_name}]"
