"""The web application's main menu and where its pages' HTML templates live."""

from __future__ import annotations

from pathlib import Path

from core import Principal

SRC = Path(__file__).resolve().parents[1]
#: Each package's own page templates, named after the package (``suppliers/list.html``).
PAGE_DIRECTORIES = [SRC / package / "html" for package in ("suppliers", "templates", "contracts", "oversight")]


def menu(principal: Principal) -> list[tuple[str, str]]:
    """(path, label) of the main menu for this user."""
    items = [("/", "Overzicht"), ("/suppliers", "Leveranciers"), ("/agreements", "Overeenkomsten"),
             ("/arrangements", "Samenwerkingsverbanden"), ("/municipalities", "Gemeenten"),
             ("/templates", "Sjablonen"), ("/processing-activities", "Verwerkingsregister"),
             ("/advisories", "Adviezen"), ("/watchlist", "Productenlijst"), ("/ensia", "ENSIA")]
    if principal.role in {"privacy_officer", "procurement", "admin"}:
        items += [("/incidents", "Incidenten"), ("/rights-requests", "Verzoeken van inwoners")]
    if principal.role in {"privacy_officer", "admin"}:
        items += [("/review", "FG-werkvoorraad"), ("/audit", "Audittrail")]
    if principal.is_admin:
        items += [("/users", "Gebruikers"), ("/admin/sso", "Inlogkoppelingen")]
    items.append(("/inbox", "Postvak"))
    return items
