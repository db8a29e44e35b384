"""The web application's shell: sessions, CSRF, the page layout, form helpers, login and
audit pages. Domain pages live in their own packages and render through ``shell.page``."""
