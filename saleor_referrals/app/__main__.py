"""`python -m saleor_referrals.app` (or `saleor-referrals-app`): run App mode.

saleor-referrals-app serve [--host 127.0.0.1] [--port 8100]
    migrate App mode's registry and every installed instance's schema, then
    serve the App (uvicorn, ASGI)
saleor-referrals-app worker [--concurrency 2] [--no-beat]
    the Celery worker (queue `referrals`) with beat, per instance
saleor-referrals-app migrate
    only the migrations
"""

from __future__ import annotations

import argparse
import os
import sys

SETTINGS = "saleor_referrals.app.settings"


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def migrate() -> list[str]:
    """The registry (in `public`), then each instance's schema."""
    from django.core.management import call_command

    from .tenancy import migrate_all

    call_command("migrate", "saleor_referrals_app", interactive=False, verbosity=1)
    return migrate_all()


def serve(host: str, port: int) -> None:
    import uvicorn

    schemas = migrate()
    print(f"App mode: {len(schemas)} instance(s) migrated; serving on {host}:{port}")
    uvicorn.run("saleor_referrals.app.asgi:application", host=host, port=port)


def worker(concurrency: int, beat: bool) -> None:
    from ..writer import celery_queue
    from .worker import app, per_installation_schedule

    per_installation_schedule(app.conf.beat_schedule)
    arguments = [
        "worker",
        "--loglevel=INFO",
        f"--concurrency={concurrency}",
        f"--queues={celery_queue()}",
    ]
    if beat:
        arguments.append("--beat")
    app.worker_main(arguments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="saleor-referrals-app",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="migrate, then serve the App")
    serve_command.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    serve_command.add_argument(
        "--port", type=int, default=int(os.environ.get("PORT", "8100"))
    )
    worker_command = commands.add_parser("worker", help="the Celery worker and beat")
    worker_command.add_argument("--concurrency", type=int, default=2)
    worker_command.add_argument("--no-beat", dest="beat", action="store_false")
    commands.add_parser("migrate", help="migrate the registry and every instance")
    options = parser.parse_args(argv)
    setup()
    if options.command == "serve":
        serve(options.host, options.port)
    elif options.command == "worker":
        worker(options.concurrency, options.beat)
    else:
        migrate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
