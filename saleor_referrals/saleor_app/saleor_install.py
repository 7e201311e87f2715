"""Install the Referrals App into Saleor from its manifest, with no HTTP round trip.

Saleor's own flow (`appInstall` → `install_app_task` → `install_app`) fetches the
manifest over HTTP, which Saleor's default HTTP_IP_FILTER refuses for loopback and
private addresses. This does what `saleor.app.installation_utils.install_app` does,
from the manifest dict: Saleor's `clean_manifest_data` validates it (so its rules
are Saleor's, not ours), then the App, its permissions and its extensions are
written as `install_app` writes them, and plugins hear `app_installed`.

Idempotent: run again, it brings an installed App (found by its identifier) up to
date with the manifest: URLs, version, permissions and extensions, matched by their
identifiers, so extension IDs stay put. An operator's deactivation is left alone.

One of the few modules that import `saleor` (see tests/test_layering.py): the
command that calls it is the only caller.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from saleor.app.manifest_validations import clean_manifest_data
from saleor.app.models import App, AppExtension
from saleor.app.types import DEFAULT_APP_TARGET, AppType
from saleor.core.db.connection import allow_writer
from saleor.plugins.manager import PluginsManager

# The manifest's fields as `install_app` stores them on the App.
APP_FIELDS = {
    "about_app": "about",
    "data_privacy": "dataPrivacy",
    "data_privacy_url": "dataPrivacyUrl",
    "homepage_url": "homepageUrl",
    "support_url": "supportUrl",
    "configuration_url": "configurationUrl",
    "app_url": "appUrl",
    "version": "version",
    "audience": "audience",
    "author": "author",
}


@dataclass(frozen=True)
class Installed:
    app: App
    created: bool
    changed: bool  # False: it was already installed exactly so


def clean(manifest: dict[str, Any], installed: App | None) -> dict[str, Any]:
    """Saleor's validation of the manifest; its error is Saleor's ValidationError.

    Saleor refuses a second App with the same identifier, so an update is checked
    under a provisional identifier: everything else is validated as for a fresh
    install.
    """
    data = copy.deepcopy(manifest)
    if installed is not None:
        data["id"] = f"{manifest['id']}:update"
    clean_manifest_data(data, raise_for_saleor_version=True)
    data["id"] = manifest["id"]
    return data


def install(manifest: dict[str, Any], manifest_url: str) -> Installed:
    """Install (or bring up to date) the App the manifest describes."""
    with allow_writer(), transaction.atomic():
        installed = (
            App.objects.not_removed()
            .select_for_update()
            .filter(identifier=manifest["id"])
            .first()
        )
        data = clean(manifest, installed)
        fields = {name: data.get(key) for name, key in APP_FIELDS.items()}
        fields["manifest_url"] = manifest_url
        if installed is None:
            app = App.objects.create(
                name=data["name"],
                is_active=True,
                identifier=data["id"],
                type=AppType.THIRDPARTY,
                is_installed=True,
                **fields,
            )
            app.permissions.set(data["permissions"])
            _sync_extensions(app, data.get("extensions", []))
            transaction.on_commit(lambda: _announce(app))
            return Installed(app=app, created=True, changed=True)
        app = installed
        # A Dashboard install still in flight (or failed half-way) left the App
        # uninstalled: this one completes it.
        changed = _update_app(
            app, {"name": data["name"], "is_installed": True, **fields}
        )
        if set(app.permissions.all()) != set(data["permissions"]):
            app.permissions.set(data["permissions"])
            changed = True
        changed = _sync_extensions(app, data.get("extensions", [])) or changed
        return Installed(app=app, created=False, changed=changed)


def _announce(app: App) -> None:
    # As `install_app` does: plugins (and webhooks) hear of the new App.
    PluginsManager(plugins=settings.PLUGINS).app_installed(app)


def _update_app(app: App, fields: dict[str, Any]) -> bool:
    changed = [name for name, value in fields.items() if getattr(app, name) != value]
    if changed:
        for name in changed:
            setattr(app, name, fields[name])
        app.save(update_fields=changed)
    return bool(changed)


def _extension_fields(extension: dict[str, Any]) -> dict[str, Any]:
    # The manifest is clean: camelCase keys, lower-case mount and target.
    return {
        "label": extension["label"],
        "url": extension["url"],
        "mount": extension["mount"],
        "target": extension.get("target", DEFAULT_APP_TARGET),
        "settings": extension.get("options", {}),
    }


def _sync_extensions(app: App, extensions: list[dict[str, Any]]) -> bool:
    """Make the App's extensions those of the manifest; True when anything changed."""
    existing = {item.identifier: item for item in app.extensions.all()}
    wanted = {extension["identifier"] for extension in extensions}
    stale = [item.pk for key, item in existing.items() if key not in wanted]
    changed = bool(stale)
    if stale:
        AppExtension.objects.filter(pk__in=stale).delete()
    for extension in extensions:
        fields = _extension_fields(extension)
        current = existing.get(extension["identifier"])
        if current is None:
            current = AppExtension.objects.create(
                app=app, identifier=extension["identifier"], **fields
            )
            changed = True
        else:
            differs = [
                name
                for name, value in fields.items()
                if getattr(current, name) != value
            ]
            if differs:
                for name in differs:
                    setattr(current, name, fields[name])
                current.save(update_fields=differs)
                changed = True
        permissions = extension.get("permissions", [])
        if set(current.permissions.all()) != set(permissions):
            current.permissions.set(permissions)
            changed = True
    return changed
