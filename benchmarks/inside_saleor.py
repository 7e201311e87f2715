"""Run a benchmark module with pytest inside a Saleor checkout, as the tests of
tests/saleor/ run (`scripts/saleor-tests.sh`): from Saleor's directory, with its
pytest settings (`setup.cfg` in 3.23, `pyproject.toml` from 3.24) and its reused
test database. The benchmarks that measure Saleor (`app_commerce.py`,
`app_end_to_end.py`, `saleor_background_queries.py`) call `run` from their `main`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def pytest_config(saleor_dir: Path) -> Path:
    setup_cfg = saleor_dir / "setup.cfg"
    if setup_cfg.exists() and "[tool:pytest]" in setup_cfg.read_text(errors="ignore"):
        return setup_cfg
    return saleor_dir / "pyproject.toml"


def run(module: str, count_variable: str) -> int:
    """pytest on `module` (a benchmark's `__file__`) from Saleor's checkout (the
    current directory); the script's first argument goes to `count_variable`."""
    if len(sys.argv) > 1:
        os.environ[count_variable] = sys.argv[1]
    saleor_dir = Path.cwd()
    # `python this-file` puts benchmarks/ first on the path, not Saleor or the repo.
    sys.path[:0] = [str(saleor_dir), str(REPO)]
    return pytest.main(
        [
            "-c",
            str(pytest_config(saleor_dir)),
            "--rootdir",
            str(saleor_dir),
            "-n0",
            "--reuse-db",
            "-p",
            "no:cacheprovider",
            "-W",
            "ignore",
            "-q",
            "-s",
            module,
        ]
    )
