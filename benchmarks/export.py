"""Benchmark of the REFERRALS CSV export on real PostgreSQL: time and peak memory.

Builds one program with `--referrals` referrals (the leaderboard benchmark's
set-based INSERTs), or reuses them with `--reuse` (the database is then kept), then
runs the export task body once and reports the rows written, the file size, the
time and the process's peak RSS (goal: under 150 MB for 1,000,000 referrals).

    .venv/bin/python benchmarks/export.py --referrals 1000000 [--reuse]

Uses its own test database (`test_saleor_referrals_export_bench`) and writes the
file to a temporary directory (FileSystemStorage).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("REFERRALS_DB_NAME", "saleor_referrals_export_bench")

GOAL_MB = 150


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux: `VmHWM`, which starts afresh at
    exec; `ru_maxrss` would carry the peak of the process that spawned this one
    (`benchmarks/scale.py` runs the export in a fresh subprocess)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    # Elsewhere: ru_maxrss, in kilobytes on Linux, in bytes on macOS.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def existing_program(referrals: int) -> int | None:
    from django.db.models import Count

    from saleor_referrals.models import ReferralProgram

    program = (
        ReferralProgram.objects.filter(channel_slug="bench")
        .annotate(n=Count("referrals"))
        .first()
    )
    return program.pk if program is not None and program.n >= referrals else None


def export(program_id: int, media: str) -> dict:
    from django.conf import settings
    from django.core.files.storage import default_storage

    from saleor_referrals.exports import service
    from saleor_referrals.exports.models import ReferralExportFile
    from saleor_referrals.models import ReferralProgram

    settings.STORAGES = {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": media, "base_url": "/media/"},
        }
    }
    program = ReferralProgram.objects.get(pk=program_id)
    before = peak_rss_mb()
    started = time.perf_counter()
    # The settings run Celery eagerly: the outbox hand-off after commit runs the
    # task here; the explicit call after it is the idempotent no-op of a redelivery.
    requested = service.request_export(
        program, "referrals", start=None, end=None, campaign_id=None, actor="bench"
    )
    status = service.run_export(requested.pk)
    seconds = time.perf_counter() - started
    done = ReferralExportFile.objects.get(pk=requested.pk)
    size = default_storage.size(done.content_file.name)
    return {
        "status": status,
        "rows": done.rows_done,
        "file_mb": round(size / 2**20, 1),
        "export_s": round(seconds, 1),
        "rows_per_s": round(done.rows_done / seconds),
        "peak_rss_mb_before_export": before,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advocates", type=int, default=50_000)
    parser.add_argument("--referrals", type=int, default=1_000_000)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the database and reuse its rows"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from benchmarks.leaderboard import build

    setup_test_environment()
    old_name = connection.creation.create_test_db(
        verbosity=0, autoclobber=not args.reuse, keepdb=args.reuse
    )
    try:
        program_id = existing_program(args.referrals) if args.reuse else None
        built = 0.0
        if program_id is None:
            started = time.perf_counter()
            program_id = build(args.advocates, args.referrals)
            built = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as media:
            results = {"build_s": round(built, 1), **export(program_id, media)}
    finally:
        if not args.reuse:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    print(json.dumps(results, indent=2))
    verdict = "ok" if results["peak_rss_mb"] < GOAL_MB else "OVER the goal"
    print(f"peak RSS {results['peak_rss_mb']} MB ({verdict}), {results['export_s']} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
