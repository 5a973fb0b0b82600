from __future__ import annotations

import os
import sys
from pathlib import Path

import continuity  # noqa: F401  (tunes OpenBLAS before numpy loads)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

import duckdb  # noqa: E402
import pytest  # noqa: E402

from continuity.db import migrate  # noqa: E402


@pytest.fixture
def conn():
    """An in-memory DuckDB with the migrations applied."""
    connection = duckdb.connect(":memory:")
    migrate(connection)
    yield connection
    connection.close()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
