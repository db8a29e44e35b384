"""Processor agreements: records, status steps, generated documents, clause findings.

Public API: ``contracts.api.agreements.CONTROLLERS`` (web layer), ``contracts.services`` (rules),
the clause analysis itself lives in ``clauses``.
"""
