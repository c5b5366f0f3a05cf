"""One module per screen. A view binds widgets to :class:`cpdesk.session.DeskSession` and
holds no business rules; every view that shows child data can ``clear()`` it completely."""
