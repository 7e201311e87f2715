"""App mode as a service beside a test's Saleor: `saleor-referrals-app serve` and
`worker` started as subprocesses (two Django settings cannot share one process)
against a database of their own, with helpers to read that database and run the
App's operator commands.

Used by test_app_end_to_end.py and benchmarks/app_end_to_end.py. The App's
database is `<Saleor's database>_referrals_app` on Saleor's PostgreSQL (or
`REFERRALS_APP_E2E_DATABASE_URL`); its Celery broker is
`REFERRALS_APP_TEST_BROKER_URL` (the App's queue there is emptied at start).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import psycopg

DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/14"
APP_QUEUE = "referrals"  # the worker's queue (`writer.celery_queue()`)
START_SECONDS = 120
WAIT_SECONDS = 120
LOG_TAIL_CHARACTERS = 6000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def app_database_url(saleor_database: dict[str, Any]) -> str:
    """The App's database URL, beside Saleor's (same server and user)."""
    if url := os.environ.get("REFERRALS_APP_E2E_DATABASE_URL"):
        return url
    user = quote(saleor_database.get("USER") or "postgres")
    password = saleor_database.get("PASSWORD") or ""
    credentials = f"{user}:{quote(password)}" if password else user
    host = saleor_database.get("HOST") or "127.0.0.1"
    port = saleor_database.get("PORT") or "5432"
    return f"postgres://{credentials}@{host}:{port}/{saleor_database['NAME']}_referrals_app"


def _connect(url: str, database: str | None = None) -> psycopg.Connection:
    parts = urlsplit(url)
    return psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname=database or parts.path.lstrip("/"),
        autocommit=True,
    )


def ensure_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with _connect(url, "postgres") as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


class AppService:
    """The running App: its public origin, its database, its processes' logs."""

    def __init__(self, database_url: str, broker_url: str, sql_log: Path | None):
        self.database_url = database_url
        self.broker_url = broker_url
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.manifest_url = f"{self.origin}/api/manifest"
        self.webhook_url = f"{self.origin}/api/webhooks"
        self.logs = Path(tempfile.mkdtemp(prefix="referrals-app-"))
        self.sql_log = sql_log
        self.processes: list[subprocess.Popen] = []
        self._database: psycopg.Connection | None = None

    def environment(self) -> dict[str, str]:
        environment = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("DJANGO_", "CELERY_"))
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="saleor_referrals.app.settings",
            REFERRALS_APP_DATABASE_URL=self.database_url,
            REFERRALS_APP_BROKER_URL=self.broker_url,
            REFERRALS_APP_DEBUG="1",
            REFERRALS_APP_PUBLIC_URL=self.origin,
            REFERRALS_APP_EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
            PYTHONUNBUFFERED="1",
        )
        if self.sql_log is not None:
            environment["REFERRALS_APP_SQL_LOG"] = str(self.sql_log)
        return environment

    def command(self, *arguments: str) -> list[str]:
        return [sys.executable, "-m", "saleor_referrals.app", *arguments]

    def _start(self, name: str, *arguments: str) -> None:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 (kept open)
        self.processes.append(
            subprocess.Popen(
                self.command(*arguments),
                env=self.environment(),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )

    def start(self) -> AppService:
        import redis

        ensure_database(self.database_url)
        # Tasks an interrupted run left for its (dropped) schemas: only the App's
        # queue goes, nothing else in that Redis database.
        redis.Redis.from_url(self.broker_url).delete(APP_QUEUE)
        self._start("serve", "serve", "--port", str(self.port))
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(self.manifest_url, timeout=2):
                    break
            except OSError as failure:
                if time.monotonic() > deadline or self.processes[0].poll():
                    raise RuntimeError(
                        f"the App did not start:\n{self.log_tail()}"
                    ) from failure
                time.sleep(0.3)
        # One worker process: the live Saleor answers one request at a time.
        self._start("worker", "worker", "--concurrency", "1", "--no-beat")
        return self

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        # No registry when the App never migrated.
        with contextlib.suppress(psycopg.Error):
            self.drop_instances()
        if self._database is not None:
            self._database.close()

    def log_tail(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-LOG_TAIL_CHARACTERS:]}"
            for path in sorted(self.logs.glob("*.log"))
        )

    # The App's database, as the App left it (read from outside, no Django).

    @property
    def database(self) -> psycopg.Connection:
        if self._database is None:
            self._database = _connect(self.database_url)
        return self._database

    def rows(self, sql: str, *params: Any) -> list[tuple]:
        return self.database.execute(sql, params).fetchall()

    def installations(self) -> dict[str, str]:
        """API URL -> schema of every installed instance."""
        return dict(
            self.rows(
                "SELECT saleor_api_url, schema_name FROM "
                "public.referrals_app_installation"
            )
        )

    def schema_of(self, api_url: str) -> str:
        return self.installations()[api_url]

    def count(self, schema: str, table: str, where: str = "TRUE", *params) -> int:
        [[count]] = self.rows(
            f'SELECT count(*) FROM "{schema}".saleor_referrals_{table} WHERE {where}',
            *params,
        )
        return count

    def wait_for(
        self, what: str, check: Callable[[], Any], seconds: float = WAIT_SECONDS
    ) -> Any:
        """Poll `check` until it returns something true; its value."""
        deadline = time.monotonic() + seconds
        while True:
            value = check()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}\n{self.log_tail()}")
            time.sleep(0.25)

    def drop_instances(self) -> None:
        for schema in self.installations().values():
            self.database.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        self.database.execute("DELETE FROM public.referrals_app_installation")

    # The App's operator commands.

    def run(self, *arguments: str) -> str:
        finished = subprocess.run(
            self.command(*arguments),
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=WAIT_SECONDS,
        )
        if finished.returncode != 0:
            raise AssertionError(
                f"{' '.join(arguments)}: exit {finished.returncode}\n"
                f"{finished.stdout}\n{finished.stderr}"
            )
        return finished.stdout.strip()

    def configure_program(
        self, api_url: str, channel: str, currency: str, values: dict[str, str]
    ) -> dict:
        assignments = [f"--set={name}={value}" for name, value in values.items()]
        return json.loads(
            self.run(
                "program",
                f"--saleor-api-url={api_url}",
                f"--channel={channel}",
                f"--currency={currency}",
                *assignments,
            )
        )

    def advocate_code(self, api_url: str, channel: str, customer: str, email: str):
        return self.run(
            "code",
            f"--saleor-api-url={api_url}",
            f"--channel={channel}",
            f"--customer={customer}",
            f"--email={email}",
        )


@contextmanager
def app_service(
    saleor_database: dict[str, Any], sql_log: Path | None = None
) -> Iterator[AppService]:
    service = AppService(
        app_database_url(saleor_database),
        os.environ.get("REFERRALS_APP_TEST_BROKER_URL", DEFAULT_BROKER_URL),
        sql_log,
    )
    try:
        yield service.start()
    finally:
        service.stop()
