"""Fixtures shared by the oversight tests."""

from tests.oversight.test_overview import register  # noqa: F401 - a fixture: a seeded register
