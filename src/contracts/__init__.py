"""Processor agreements: records, status steps, generated documents, clause analysis.

Public API: ``contracts.api.CONTROLLERS`` (web layer), ``contracts.services`` (rules),
``contracts.clauses`` (catalogue and detector, importable without a database).
"""
