"""`vwo serve --workers N`: several processes need one secret when they share PostgreSQL."""

from __future__ import annotations

import pytest

from vwo.cli import SHARED_KEY_REQUIRED, main


def test_several_workers_on_postgresql_need_the_secret_key(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VWO_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/vwo")
    monkeypatch.delenv("VWO_SECRET_KEY", raising=False)
    assert main(["serve", "--workers", "2"]) == 2
    error = capsys.readouterr().err
    assert error.strip() == SHARED_KEY_REQUIRED and "\n" not in error.strip()


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_workers_must_be_at_least_one(workers: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["serve", "--workers", workers]) == 2
    assert "--workers" in capsys.readouterr().err
