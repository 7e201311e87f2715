"""scripts/saleor-run.sh starts the API, Saleor's worker, the referrals worker and
beat, and stops them and what they forked.

Saleor is not needed: a fake SALEOR_DIR holds stand-ins for its python and celery
that, like Celery's pool, fork a child, and write both
PIDs down. What is under test is the script's own start and stop logic.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "saleor-run.sh"
STAND_IN = """#!/usr/bin/env bash
# Stand-in for {name}: `migrate` returns; anything else runs until stopped.
case "$*" in *migrate*) exit 0 ;; esac
sleep 600 &
echo "$$ $! {name} $*" >> "{pids}"
wait
"""
STARTED = 4  # the API (uvicorn), Saleor's worker, the referrals worker, beat


def state(pid: int) -> str | None:
    """The process's state letter, None when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return None
    return next(
        line.split()[1] for line in status.splitlines() if line.startswith("State:")
    )


def alive(pid: int) -> bool:
    # An orphan nobody reaped yet is a zombie: it runs nothing any more.
    return state(pid) not in (None, "Z")


@pytest.fixture
def fake_saleor(tmp_path: Path) -> tuple[Path, Path]:
    saleor = tmp_path / "saleor"
    bin_dir = saleor / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    pids = tmp_path / "pids"
    for name in ("python", "celery"):
        stand_in = bin_dir / name
        stand_in.write_text(STAND_IN.format(name=name, pids=pids))
        stand_in.chmod(0o755)
    return saleor, pids


def queues(worker_lines: list[str]) -> list[str]:
    """The `--queues` argument of each worker's command line."""
    return [line.split("--queues ")[1].split()[0] for line in worker_lines]


def started_pids(pids: Path, timeout: float = 20) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = pids.read_text().splitlines() if pids.exists() else []
        if len(lines) == STARTED:
            return [int(pid) for line in lines for pid in line.split()[:2]]
        time.sleep(0.1)
    raise AssertionError(f"the script did not start all four: {lines}")


@contextlib.contextmanager
def running_script(saleor: Path, pids: Path, log: Path, **extra_env: str):
    """The script started in a session of its own, which is killed at the end
    whatever happened, with every group the stand-ins led."""
    env = {
        **os.environ,
        "SALEOR_DIR": str(saleor),
        "REFERRALS_SKIP_INSTALL": "1",
        "REFERRALS_STOP_GRACE": "5",
    }
    env.pop("SALEOR_PYTHON", None)
    env.pop("REFERRALS_CELERY_QUEUE", None)
    env.update(extra_env)
    script = subprocess.Popen(
        ["bash", str(SCRIPT)],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        # A file, not a pipe: surviving children would hold a pipe open.
        stderr=log.open("w"),
    )
    try:
        yield script
    finally:
        leaders = [script.pid]
        if pids.exists():
            leaders += [int(line.split()[0]) for line in pids.read_text().splitlines()]
        for leader in leaders:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(leader, signal.SIGKILL)
        script.wait(timeout=5)


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_stopping_the_script_stops_every_child(fake_saleor, stop_signal, tmp_path):
    saleor, pids = fake_saleor
    log = tmp_path / "stderr"
    with running_script(saleor, pids, log) as script:
        children = started_pids(pids)
        assert all(alive(pid) for pid in children)
        commands = pids.read_text()
        # The API as Saleor's Dockerfile serves it: ASGI, which answers CORS
        # preflights (runserver answers them with 405).
        assert "-m uvicorn saleor.asgi:application" in commands
        assert "runserver" not in commands
        assert "beat" in commands
        # Two workers: Saleor's default queue, and the referral tasks' own.
        workers = [line for line in commands.splitlines() if " worker " in line]
        assert len(workers) == 2, commands
        assert sorted(queues(workers)) == ["celery", "referrals"]

        script.send_signal(stop_signal)
        script.wait(timeout=20)

        survivors = [pid for pid in children if alive(pid)]
        assert survivors == [], log.read_text()
        assert script.returncode == (130 if stop_signal == signal.SIGINT else 143)


def test_one_child_exiting_stops_the_others(fake_saleor, tmp_path):
    saleor, pids = fake_saleor
    with running_script(saleor, pids, tmp_path / "stderr") as script:
        children = started_pids(pids)
        api = next(
            int(line.split()[0])
            for line in pids.read_text().splitlines()
            if "uvicorn" in line
        )
        os.kill(api, signal.SIGKILL)  # the API dies on its own
        script.wait(timeout=20)
        assert [pid for pid in children if alive(pid)] == []


def test_the_referrals_worker_consumes_the_configured_queue(fake_saleor, tmp_path):
    saleor, pids = fake_saleor
    log = tmp_path / "stderr"
    with running_script(saleor, pids, log, REFERRALS_CELERY_QUEUE="bulk") as script:
        started_pids(pids)
        workers = [line for line in pids.read_text().splitlines() if " worker " in line]
        assert sorted(queues(workers)) == ["bulk", "celery"]
        script.send_signal(signal.SIGTERM)
        script.wait(timeout=20)
