"""`python -m saleor_referrals.app` (or `saleor-referrals-app`): run App mode.

saleor-referrals-app serve [--host 127.0.0.1] [--port 8100]
    migrate App mode's registry and every installed instance's schema, then
    serve the App (uvicorn, ASGI)
saleor-referrals-app worker [--concurrency 2] [--no-beat]
    the Celery worker (queue `referrals`) with beat, per instance
saleor-referrals-app migrate
    only the migrations
saleor-referrals-app program --saleor-api-url URL --channel SLUG --currency USD
        [--set name=value ...] [--inactive]
    a channel's program settings in one instance (the plugin form's fields)
saleor-referrals-app code --saleor-api-url URL --channel SLUG --customer ID
        --email EMAIL [--vanity CODE]
    a customer's referral code (prints it)
"""

from __future__ import annotations

import argparse
import json
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


def program(options: argparse.Namespace) -> int:
    from ..config import ConfigurationError
    from .operations import configure_program
    from .tenancy import UnknownInstance

    values = {}
    for assignment in options.set:
        name, separator, value = assignment.partition("=")
        if not separator:
            print(f"--set {assignment!r}: expected name=value", file=sys.stderr)
            return 2
        values[name.strip()] = value
    try:
        saved = configure_program(
            options.saleor_api_url,
            channel_slug=options.channel,
            currency=options.currency,
            values=values,
            active=options.active,
        )
    except ConfigurationError as error:
        print(json.dumps({"errors": error.errors}), file=sys.stderr)
        return 2
    except UnknownInstance:
        print(f"{options.saleor_api_url}: not installed", file=sys.stderr)
        return 2
    print(json.dumps({"channel": saved.channel_slug, "active": saved.is_active}))
    return 0


def code(options: argparse.Namespace) -> int:
    from ..codes import CodeError
    from .operations import OperationError, advocate_code
    from .tenancy import UnknownInstance

    try:
        value = advocate_code(
            options.saleor_api_url,
            channel_slug=options.channel,
            customer=options.customer,
            email=options.email,
            vanity=options.vanity,
        )
    except (OperationError, CodeError) as error:
        print(str(error), file=sys.stderr)
        return 2
    except UnknownInstance:
        print(f"{options.saleor_api_url}: not installed", file=sys.stderr)
        return 2
    print(value)
    return 0


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
    program_command = commands.add_parser(
        "program", help="a channel's program settings in one instance"
    )
    code_command = commands.add_parser("code", help="a customer's referral code")
    for command in (program_command, code_command):
        command.add_argument("--saleor-api-url", required=True)
        command.add_argument("--channel", required=True)
    program_command.add_argument("--currency", required=True)
    program_command.add_argument("--set", action="append", default=[])
    program_command.add_argument("--inactive", dest="active", action="store_false")
    code_command.add_argument("--customer", required=True, help="pk or GraphQL id")
    code_command.add_argument("--email", required=True)
    code_command.add_argument("--vanity")
    options = parser.parse_args(argv)
    setup()
    if options.command == "serve":
        serve(options.host, options.port)
    elif options.command == "worker":
        worker(options.concurrency, options.beat)
    elif options.command == "program":
        return program(options)
    elif options.command == "code":
        return code(options)
    else:
        migrate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
