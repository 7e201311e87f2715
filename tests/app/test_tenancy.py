"""One schema per instance: the search path, Celery's tenant header on both
sides, per-instance beat entries, and the seam where each instance gets its
commerce port."""

from __future__ import annotations

import pytest
from celery import current_app
from celery.signals import before_task_publish
from django.db import connection

from saleor_referrals.app import commerce as app_commerce
from saleor_referrals.app.tenancy import (
    TENANT_HEADER,
    _enter_tenant,
    _leave_tenant,
    current_installation,
    normalized_api_url,
    schema_name_for,
    use_installation,
    use_schema,
)
from saleor_referrals.app.worker import EACH_INSTALLATION, per_installation_schedule
from saleor_referrals.models import Referral


def search_path() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW search_path")
        return cursor.fetchone()[0]


def test_schema_names_come_from_the_api_url():
    url = "https://Shop.Example.com/graphql/"
    assert normalized_api_url(url) == "https://shop.example.com/graphql/"
    assert schema_name_for(url) == schema_name_for("https://shop.example.com/graphql/")
    assert schema_name_for(url) != schema_name_for("https://other.example.com/graphql/")
    assert schema_name_for(url).startswith("referrals_")
    assert len(schema_name_for(url)) <= 63


def test_only_instance_schemas_reach_sql(db):
    with pytest.raises(ValueError), use_schema('public"; DROP TABLE x; --'):
        pass


def test_an_instance_context_sees_only_its_schema(installed):
    a, b = installed
    with use_installation(a):
        assert search_path() == f'"{a.schema_name}"' or search_path() == a.schema_name
        assert current_installation() == a
        assert Referral.objects.count() == 0
    assert current_installation() is None
    assert search_path() == "public"


def test_a_task_published_in_an_instance_carries_its_schema(installed):
    headers: dict = {}
    with use_installation(installed[1]):
        before_task_publish.send(
            sender="saleor_referrals.attribute_order", headers=headers
        )
    assert headers == {TENANT_HEADER: installed[1].schema_name}
    outside: dict = {}
    before_task_publish.send(sender="saleor_referrals.attribute_order", headers=outside)
    assert outside == {}


def test_the_worker_runs_a_task_in_the_schema_its_message_names(installed):
    task = current_app.tasks["saleor_referrals.outbox_sweep"]
    task.push_request(
        id="task-1", called_directly=False, **{TENANT_HEADER: installed[0].schema_name}
    )
    try:
        _enter_tenant(task_id="task-1", task=task)
        assert current_installation() == installed[0]
        assert installed[0].schema_name in search_path()
        _leave_tenant(task_id="task-1")
    finally:
        task.pop_request()
    assert current_installation() is None
    assert search_path() == "public"


def test_beat_entries_run_once_per_instance():
    schedule = {
        "sweep": {"task": "saleor_referrals.release_due_rewards", "schedule": 600.0},
        "outbox": {"task": "saleor_referrals.outbox_sweep", "args": (100,)},
        "other": {"task": "somebody.else", "schedule": 60.0},
    }
    per_installation_schedule(schedule)
    per_installation_schedule(schedule)  # twice: still one wrapping
    assert schedule["sweep"]["task"] == EACH_INSTALLATION
    assert schedule["sweep"]["args"] == ("saleor_referrals.release_due_rewards",)
    assert schedule["outbox"]["args"] == ("saleor_referrals.outbox_sweep", 100)
    assert schedule["other"] == {"task": "somebody.else", "schedule": 60.0}


def test_each_installation_publishes_the_sweep_in_every_instance(
    installed, monkeypatch
):
    seen = []
    sweep = current_app.tasks["saleor_referrals.outbox_sweep"]
    monkeypatch.setattr(
        sweep, "delay", lambda *args: seen.append((current_installation(), args))
    )
    task = current_app.tasks[EACH_INSTALLATION]
    assert task("saleor_referrals.outbox_sweep", 50) == 2
    assert seen == [(installed[0], (50,)), (installed[1], (50,))]


class RecordingPort:
    made: list[tuple[str, str]] = []

    def __init__(self, saleor_api_url: str, token: str) -> None:
        self.api_url = saleor_api_url
        RecordingPort.made.append((saleor_api_url, token))

    def shop_name(self) -> str:
        return f"shop at {self.api_url}"


def test_each_instance_gets_its_own_commerce_port(installed, settings):
    settings.REFERRALS_APP_COMMERCE_FACTORY = f"{__name__}.RecordingPort"
    RecordingPort.made = []
    port = app_commerce.TenantCommerce()
    with pytest.raises(app_commerce.NoInstanceContext):
        port.shop_name()
    for installation in installed:
        with use_installation(installation):
            assert port.shop_name() == f"shop at {installation.saleor_api_url}"
            assert port.shop_name() == f"shop at {installation.saleor_api_url}"
    assert RecordingPort.made == [
        (installation.saleor_api_url, installation.auth_token)
        for installation in installed
    ]


def test_the_default_port_is_saleors_graphql_api_with_the_instance_token(installed):
    from saleor_referrals.commerce.saleor_graphql import SaleorGraphQLCommerce

    app_commerce.forget_ports()
    first, second = installed[0], installed[1]
    ports = []
    for installation in (first, second):
        with use_installation(installation):
            ports.append(app_commerce.TenantCommerce()._port())
    app_commerce.forget_ports()
    for port, installation in zip(ports, (first, second), strict=True):
        assert isinstance(port, SaleorGraphQLCommerce)
        assert port.client.api_url == installation.saleor_api_url
        assert port.client.headers["Authorization"] == (
            f"Bearer {installation.auth_token}"
        )
    assert ports[0] is not ports[1]


def test_the_schema_travels_on_the_wire_through_redis(installed):
    """Published for real (Redis, this suite's database 8 unless told), the
    message of a task sent inside an instance names that instance's schema."""
    import json
    import os

    import redis

    from ..broker import publishing_to
    from ..celery_app import app

    url = os.environ.get("REFERRALS_APP_TEST_BROKER_URL", "redis://127.0.0.1:6379/8")
    client = redis.Redis.from_url(url)
    client.delete("referrals")
    try:
        with publishing_to(app, url), use_installation(installed[0]):
            app.tasks["saleor_referrals.outbox_sweep"].delay(10)
        [raw] = client.lrange("referrals", 0, -1)
    finally:
        client.delete("referrals")
        client.close()
    message = json.loads(raw)
    assert message["headers"]["task"] == "saleor_referrals.outbox_sweep"
    assert message["headers"][TENANT_HEADER] == installed[0].schema_name


def test_cache_entries_are_per_instance(installed):
    from django.core.cache.backends.locmem import LocMemCache

    cache = LocMemCache(
        "app-mode-test",
        {"KEY_FUNCTION": "saleor_referrals.app.tenancy.tenant_cache_key"},
    )
    with use_installation(installed[0]):
        cache.set("referrals:tier_rules:default-channel", "rules of A")
    with use_installation(installed[1]):
        assert cache.get("referrals:tier_rules:default-channel") is None
        cache.set("referrals:tier_rules:default-channel", "rules of B")
    with use_installation(installed[0]):
        assert cache.get("referrals:tier_rules:default-channel") == "rules of A"
    assert cache.get("referrals:tier_rules:default-channel") is None
