"""The shell: main window, lock and sign-in screens, banners, status bar, error hooks.

Thin by rule: it binds widgets to :class:`cpdesk.session.DeskSession` and holds no business
logic. It never touches httpx, SQLCipher or PKCS#11 (import-linter checks).
"""
