"""Infrastructure every domain package may use; it imports none of them.

Settings, the database engine and write transactions, prepared queries and CRUD helpers,
principals, roles and scopes, the audit trail, API errors and HTTP helpers, untrusted
files, the clock, background jobs, Dutch formatting, mail and the web shell.
"""
