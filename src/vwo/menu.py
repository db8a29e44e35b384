"""The web application's main menu and where its pages' HTML templates live."""

from __future__ import annotations

from pathlib import Path

from core import MenuEntry, Principal

SRC = Path(__file__).resolve().parents[1]
#: Each package's own page templates, named after the package (``suppliers/list.html``).
PAGE_DIRECTORIES = [SRC / package / "html" for package in ("suppliers", "templates", "contracts", "oversight")]


def menu(principal: Principal) -> list[MenuEntry]:
    """The main menu for this user: links, and groups of links that open as a list."""
    writes_or_reviews = principal.role in {"privacy_officer", "procurement", "admin"}
    reviews = principal.role in {"privacy_officer", "admin"}
    register = [("/suppliers", "Leveranciers"), ("/municipalities", "Gemeenten"),
                ("/arrangements", "Samenwerkingsverbanden"), ("/processing-activities", "Verwerkingsregister"),
                ("/watchlist", "Productenlijst")]
    agreements = [("/agreements", "Alle overeenkomsten"), ("/templates", "Sjablonen")]
    if reviews:
        agreements.append(("/review", "FG-werkvoorraad"))
    security = [("/advisories", "Adviezen"), ("/ensia", "ENSIA")]
    if writes_or_reviews:
        security.insert(0, ("/incidents", "Incidenten"))
    items: list[MenuEntry] = [("/", "Overzicht"), ("Register", register), ("Overeenkomsten", agreements),
                              ("Beveiliging", security)]
    if writes_or_reviews:
        items.append(("/rights-requests", "Verzoeken van inwoners"))
    manage = [("/audit", "Audittrail")] if reviews else []
    if principal.is_admin:
        manage += [("/users", "Gebruikers"), ("/admin/sso", "Inlogkoppelingen")]
    if manage:
        items.append(("Beheer", manage))
    items.append(("/inbox", "Postvak"))
    return items
