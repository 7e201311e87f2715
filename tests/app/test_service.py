"""The App as anyone starts it: `python -m saleor_referrals.app serve` on a
database of its own migrates App mode's registry and serves the manifest."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def app_database():
    """A database of the App's own, dropped afterwards."""
    name = f"referrals_app_{uuid.uuid4().hex[:8]}"
    admin = dict(host=os.environ.get("PGHOST", "127.0.0.1"), user="postgres")
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"postgres://postgres@{admin['host']}:5432/{name}", name, admin
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_serve_migrates_and_answers_with_the_manifest(app_database):
    url, name, admin = app_database
    port = free_port()
    environment = {
        **os.environ,
        "REFERRALS_APP_DATABASE_URL": url,
        "REFERRALS_APP_DEBUG": "1",
        "REFERRALS_APP_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SETTINGS_MODULE": "saleor_referrals.app.settings",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "saleor_referrals.app", "serve", "--port", str(port)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        manifest = None
        deadline = time.monotonic() + STARTUP_SECONDS
        while manifest is None and time.monotonic() < deadline:
            assert server.poll() is None, server.stdout.read().decode()
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/manifest", timeout=2
                ) as response:
                    manifest = json.loads(response.read())
            except OSError:
                time.sleep(0.5)
        assert manifest is not None, "the App did not answer"
        assert manifest["tokenTargetUrl"] == f"http://127.0.0.1:{port}/api/register"
        # The registry is in `public`; no referral table is (they live in the
        # instances' schemas).
        with psycopg.connect(dbname=name, **admin) as connection:
            tables = {
                row[0]
                for row in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                )
            }
        assert "referrals_app_installation" in tables
        assert not {t for t in tables if t.startswith("saleor_referrals_")}
        # An unsigned delivery from nobody: refused.
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/webhooks",
            data=b"{}",
            headers={"Saleor-Api-Url": "https://nobody.example/graphql/"},
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 401
    finally:
        server.terminate()
        server.wait(timeout=30)
