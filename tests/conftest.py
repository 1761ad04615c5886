"""Shared fixtures: the seed article, a built seed graph, the shared folder when present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kompastv-2022-02-24-nato-stoltenberg.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seed built once per test session; returns the output folder."""
    from kg.build import build
    out = tmp_path_factory.mktemp("seed-out")
    build([SEED], out, progress=False)
    return out


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
