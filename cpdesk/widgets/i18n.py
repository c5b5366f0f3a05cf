"""Marking strings for translation where no ``tr()`` can run yet (module constants, dicts).

``pyside6-lupdate`` finds the marker by its name, as it finds Qt's own: this is Qt's
``QT_TRANSLATE_NOOP`` typed for mypy (Qt's stubs say it returns ``object``). Not
``QT_TR_NOOP``: lupdate's Python parser gives that no context. A marked string stays English
in the code and is translated where it is shown, with ``QCoreApplication.translate(context,
text)`` (or ``self.tr(text)`` in the class the context is named after).
``make translations`` regenerates ``resources/translations/cpdesk_en_GB.ts``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``; translate it where it is shown."""
    del context
    return text
