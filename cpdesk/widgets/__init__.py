"""Widgets the views and the shell share: nothing here knows about a screen or the session.

Kept below both ``cpdesk.views`` and ``cpdesk.ui`` so that a view never imports the shell.
"""
