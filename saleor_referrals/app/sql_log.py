"""`REFERRALS_APP_SQL_LOG`: every SQL statement the App runs, one line each, appended
to that file: the process's role (`serve`, `worker`, ...), the current instance's
schema and the statement's first line. For measuring what an order costs the App's
database (`benchmarks/app_end_to_end.py`); off unless the variable is set.

The line is written by a database execute wrapper installed on every connection
as it opens, so both the webhook endpoint's and the worker's statements are seen.
Lines are shorter than the pipe buffer and the file is opened for appending, so
several processes can share one file.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

_lock = threading.Lock()
MAX_STATEMENT_CHARACTERS = 300


def role() -> str:
    """`serve`, `worker`, ... (the command's first argument)."""
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("-")]
    return arguments[0] if arguments else "python"


class StatementLog:
    def __init__(self, path: str) -> None:
        self.path = path
        self.role = role()

    def __call__(self, execute, sql, params, many, context) -> Any:
        from .tenancy import current_installation

        installation = current_installation()
        schema = installation.schema_name if installation is not None else "public"
        statement = " ".join(str(sql).split())[:MAX_STATEMENT_CHARACTERS]
        with _lock, open(self.path, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\t{self.role}\t{schema}\t{statement}\n")
        return execute(sql, params, many, context)


def install(path: str) -> None:
    from django.db.backends.signals import connection_created

    log = StatementLog(path)

    def wrap(sender: Any, connection: Any, **kwargs: Any) -> None:
        if log not in connection.execute_wrappers:
            connection.execute_wrappers.append(log)

    connection_created.connect(wrap, weak=False, dispatch_uid="referrals_sql_log")
