"""Every page in Dutch: each role visits every HTML route with the demo register, and the
English words on it are counted against a small list of terms of art."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from contracts.incident_tables import Incident
from contracts.tables import Agreement, Document
from suppliers.tables import Arrangement, Evidence, Municipality, Product, Supplier
from templates.tables import Template
from tests.e2e.conftest import DEMO_PASSWORDS
from vwo.app import create_app
from vwo.demo import load_demo

pytestmark = pytest.mark.slow

#: Frequent English words that are not Dutch words as well ("in", "is", "of", "over", "was",
#: "open", "document", "filter", "type", "status" and "data" are both, and stay out).
ENGLISH = frozenset(["the", "and", "with", "for", "this", "that", "these", "those", "your", "you", "please", "not", "found", "error", "page", "pages", "next", "previous", "back", "save", "cancel", "delete", "edit", "search", "submit", "login", "logout", "password", "sign", "signed", "draft", "review", "approve", "approved", "reject", "send", "sent", "inbox", "message", "messages", "read", "unread", "new", "old", "yes", "no", "none", "true", "false", "null", "unknown", "missing", "weak", "mandatory", "recommended", "ended", "critical", "warning", "expired", "expiring", "stale", "valid", "invalid", "items", "item", "total", "from", "to", "by", "on", "at", "or", "an", "are", "were", "been", "has", "have", "will", "would", "should", "could", "can", "may", "must", "if", "then", "else", "when", "where", "which", "who", "what", "why", "how", "all", "any", "some", "each", "every", "more", "less", "than", "also", "only", "just", "about", "into", "under", "after", "before", "between", "during", "without", "within", "upon", "date", "dates", "time", "times", "day", "days", "month", "months", "year", "years", "week", "weeks", "today", "english", "long", "short", "views", "show", "close", "closed", "create", "created", "update", "updated", "remove", "removed", "added", "change", "changed", "changes", "field", "fields", "value", "values", "action", "actions", "entity", "role", "roles", "scope", "scopes", "template", "templates", "supplier", "suppliers", "agreement", "agreements", "evidence", "flag", "flags", "overview", "board", "controller", "processor", "file", "files", "download", "report", "reports", "summary", "count", "counts", "number", "numbers", "there", "it", "its", "it's", "they", "them", "their", "we", "our", "he", "she", "his", "her", "him", "me", "my", "yours", "ours"])
#: Terms of art a Dutch page may use as they are.
TERMS_OF_ART = frozenset({"word", "excel", "csv", "webcal", "e-mail", "docx", "xlsx", "pdf"})
#: Route paths that do not render HTML (files, feeds, the API, assets).
NOT_PAGES = re.compile(r"^/(api|health|schema|static|calendar)\b|download|/file$|negotiation-letter|\.(csv|docx|xlsx)$")
TAGS = re.compile(r"<(script|style|code|title)\b.*?</\1>", re.S | re.I)


def visible_text(page: str) -> str:
    """Text nodes and the texts people hear or see in attributes (aria-label, title, placeholder)."""
    attributes = " ".join(re.findall(r'(?:aria-label|title|placeholder)="([^"]*)"', page))
    body = TAGS.sub(" ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", body) + " " + attributes)


def english_words(text: str, data: list[str]) -> Counter[str]:
    for value in data:  # what people entered is data, not the interface
        text = text.replace(value, " ")
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    return Counter(w.lower() for w in words if w.lower() in ENGLISH and w.lower() not in TERMS_OF_ART)


async def _data_strings() -> list[str]:
    values: list[str] = []
    for table, columns in (
        (Supplier, (Supplier.name, Supplier.website, Supplier.address)), (Product, (Product.name,)),
        (Agreement, (Agreement.title, Agreement.subject_matter)), (Municipality, (Municipality.name,)),
        (Arrangement, (Arrangement.name,)), (Template, (Template.name, Template.filename)),
        (Document, (Document.filename,)), (Evidence, (Evidence.auditor, Evidence.scope_text)),
    ):
        for row in await table.select(*columns):
            values += [str(v) for v in row.values() if v]
    return sorted(set(values), key=len, reverse=True)


async def _ids() -> dict[str, str]:
    async def first(table, column, **where):  # type: ignore[no-untyped-def]
        query = table.select(column)
        for name, value in where.items():
            query = query.where(getattr(table, name) == value)
        row = await query.first()
        return str(next(iter(row.values()))) if row else "1"

    return {
        "agreement": await first(Agreement, Agreement.id, status="in_review"),
        "supplier_id": await first(Supplier, Supplier.id), "slug": await first(Arrangement, Arrangement.slug),
        "cbs_code": await first(Municipality, Municipality.cbs_code), "incident": await first(Incident, Incident.id),
        "template_id": await first(Template, Template.id), "evidence_id": await first(Evidence, Evidence.id),
    }


def _pages(ids: dict[str, str]) -> list[str]:
    """Every GET route that renders a page, with its parameters filled from the demo data."""
    paths = set()
    for route in create_app().routes:
        if not any("GET" in h.http_methods for h in getattr(route, "route_handlers", [])):
            continue
        path = route.path
        if NOT_PAGES.search(path):
            continue
        record = ids["incident"] if path.startswith("/incidents") else ids["agreement"]
        values = {**ids, "record_id": record, "code": ids["slug"]}
        filled = re.sub(r"\{(\w+):\w+\}", lambda m, values=values: values.get(m.group(1), "1"), path)
        paths.add(filled)
    return sorted(paths | {"/bestaat-niet", "/agreements?page=99", "/suppliers?q=zzzz-niets"})


async def test_no_english_on_any_page_for_any_role(clean, app_client) -> None:  # type: ignore[no-untyped-def]
    await load_demo()
    data = await _data_strings()
    pages = _pages(await _ids())
    assert len(pages) >= 20, pages
    found: dict[str, Counter[str]] = {}
    for role, (email, password) in DEMO_PASSWORDS.items():
        app_client.cookies.clear()
        await app_client.get("/login")
        login = await app_client.post("/login", data={
            "email": email, "password": password, "_csrf_token": app_client.cookies.get("csrftoken"),
        })
        assert login.status_code == 303, login.text
        for path in pages:
            response = await app_client.get(path, follow_redirects=True)
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            words = english_words(visible_text(response.text), data)
            if words:
                found[f"{role} {path} ({response.status_code})"] = words
    app_client.cookies.clear()
    assert not found, "English on these pages:\n" + "\n".join(f"{k}: {dict(v)}" for k, v in found.items())


def test_the_counter_finds_english() -> None:
    page = '<h1>Not Found</h1><p>Kies een <code>datum</code>.</p><a aria-label="Next page">→</a>'
    assert english_words(visible_text(page), []) == Counter({"not": 1, "found": 1, "next": 1, "page": 1})
    assert english_words(visible_text("<p>Zaakwijs Cloud Services</p>"), ["Zaakwijs Cloud Services"]) == Counter()
