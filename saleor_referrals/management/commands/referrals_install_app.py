"""Install the Referrals console into the Saleor Dashboard as an App, offline.

    python manage.py referrals_install_app --channel default-channel \\
        --public-url https://api.shop.example

does what Dashboard → Apps → "Install from manifest" does with the manifest the
plugin serves at `<public-url>/plugins/channel/<channel>/saleor_referrals/manifest.json`,
without Saleor fetching that URL (its HTTP_IP_FILTER refuses loopback and private
addresses by default). Running it again updates the installed App in place.
`--print` writes the manifest and installs nothing.

It prints where the operator goes next: the plugin's settings page
(`/extensions/plugin/saleor_referrals`, the one way to a plugin not yet active in
any channel in Dashboard 3.23) and the console App's page; absolute with
`--dashboard-url` (or REFERRALS_DASHBOARD_URL, else the DASHBOARD_URL environment
variable Saleor's home page uses).
"""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ...dashboard.links import console_link, dashboard_url, plugin_settings_link
from ...models import ReferralProgram
from ...saleor_app.manifest import build_manifest, channel_plugin_url, manifest_url


class Command(BaseCommand):
    help = (
        "Install (or update) the Referrals App in Saleor from the plugin's manifest, "
        "with no HTTP request."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--channel",
            help="channel whose console the App opens (default: the only channel "
            "with an active referral program)",
        )
        parser.add_argument(
            "--public-url",
            default="",
            help="public origin of the shop's API, e.g. https://api.shop.example "
            "(default: REFERRALS_PUBLIC_URL, else Saleor's PUBLIC_URL or Site domain)",
        )
        parser.add_argument(
            "--dashboard-url",
            default="",
            help="the Saleor Dashboard's address, e.g. https://shop.example/dashboard/ "
            "(default: REFERRALS_DASHBOARD_URL, else the DASHBOARD_URL environment "
            "variable), for the links printed",
        )
        parser.add_argument(
            "--print",
            action="store_true",
            help="print the manifest as JSON and install nothing",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        channel = options["channel"] or self._only_active_channel()
        plugin_url = channel_plugin_url(channel, options["public_url"])
        if not plugin_url:
            raise CommandError(
                "No public address for the plugin's pages: pass --public-url or set "
                "REFERRALS_PUBLIC_URL (or Saleor's PUBLIC_URL)."
            )
        manifest = build_manifest(plugin_url)
        dashboard = (options["dashboard_url"] or dashboard_url()).rstrip("/")
        settings_link = plugin_settings_link(dashboard)
        if not ReferralProgram.objects.filter(
            channel_slug=channel, is_active=True
        ).exists():
            self.stderr.write(
                f"Note: the plugin is not active for channel {channel!r}: its console "
                "and manifest answer 404 until it is. Activate it on the plugin's "
                f"page, {settings_link} (pick the channel, tick Active, Save)."
            )
        if options["print"]:
            self.stdout.write(json.dumps(manifest, indent=2))
            return
        try:
            from ...saleor_app import saleor_install
        except ImportError as error:
            raise CommandError(
                f"Installing an App needs Saleor ({error}): run this in Saleor's "
                "environment (python manage.py referrals_install_app)."
            ) from error
        try:
            result = saleor_install.install(manifest, manifest_url(plugin_url))
        except ValidationError as error:
            raise CommandError(f"Saleor refused the manifest: {error}") from error
        app = result.app
        if result.created:
            verb = "Installed"
        elif result.changed:
            verb = "Updated"
        else:
            verb = "Already installed and up to date:"
        state = (
            "active" if app.is_active else "inactive (activate it in Dashboard → Apps)"
        )
        self.stdout.write(
            f"{verb} {app.name} (App {app.pk}, {state}): console {app.app_url}, "
            f"{len(manifest['extensions'])} extensions, "
            f"permissions {', '.join(manifest['permissions'])}."
        )
        self.stdout.write(
            f"In the Dashboard: the console is {console_link(app.pk, dashboard)} "
            "(Discounts → Referrals); the settings are the plugin's page, "
            f"{settings_link}."
        )

    def _only_active_channel(self) -> str:
        channels = list(
            ReferralProgram.objects.filter(is_active=True)
            .order_by("channel_slug")
            .values_list("channel_slug", flat=True)[:2]
        )
        if len(channels) != 1:
            found = "none" if not channels else "several"
            raise CommandError(
                f"Pass --channel: {found} of the channels has an active referral "
                "program (activate the plugin for a channel on its Dashboard page, "
                f"{plugin_settings_link()})."
            )
        return channels[0]
