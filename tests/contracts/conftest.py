"""Fixtures shared by the agreement tests."""

from tests.contracts.test_agreement_pages import world  # noqa: F401 - a fixture: users of each role and a supplier
