"""Uploaded Word templates, each upload of a name a new version."""

from __future__ import annotations

from piccolo.columns import JSON, Bytea, Integer, Serial, Timestamptz, Varchar
from piccolo.table import Table


class Template(Table, tablename="doc_template"):
    id: Serial
    name = Varchar(length=200, index=True)
    #: "nl" or "en".
    language = Varchar(length=2)
    #: 1 for the first upload of this name in this scope, then 2, 3, ...
    version = Integer()
    #: "" for templates shipped with vwo-register, else the CBS code or slug that owns it.
    scope = Varchar(length=64, index=True, default="")
    sha256 = Varchar(length=64)
    filename = Varchar(length=255)
    size = Integer()
    #: Clause keys the template claims to cover ({#p clauses: ... #}).
    clause_keys = JSON(default=[])
    #: Top-level context variables it uses.
    variables = JSON(default=[])
    uploaded_by = Varchar(length=254)
    uploaded_at = Timestamptz()
    content = Bytea()
