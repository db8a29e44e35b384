"""The web shell: session login, CSRF, page rendering, layout and static files."""
