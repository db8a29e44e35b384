"""Writes a builder's agreements as a labelled corpus (one JSON object a line), the shape
of the shared corpora. Used by the ``build_heldout_own*.py`` scripts, run from this folder."""

from __future__ import annotations

import json
from pathlib import Path

#: name -> (language, [(sentence, space-separated clause keys)])
Documents = dict[str, tuple[str, list[tuple[str, str]]]]


def write_corpus(documents: Documents, out: Path) -> None:
    lines = []
    for name, (language, sentences) in documents.items():
        record = {
            "document": name,
            "language": language,
            "sentences": [{"text": text, "labels": labels.split()} for text, labels in sentences],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} agreements written to {out}")
