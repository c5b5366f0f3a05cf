"""cpdesk's resources, installed as the package ``cpdesk.resources``.

The folder lives at the repository's root (``resources/``) and setuptools maps it into the
``cpdesk`` package (``package_dir`` in ``setup.py``), so editable installs, wheels and the
PyInstaller bundle all read it the same way: ``importlib.resources.files("cpdesk.resources")``.

- ``cpdesk.qss``: the style sheet (``cpdesk/ui/theme.py`` fills its ``@token@`` slots);
- ``la_names.csv``: local authorities by ONS code (``cpdesk/views/la_names.py``);
- ``icons/``: the application icon, SVG and PNG 16-512 px, ``cpdesk.ico`` (Windows) and
  ``cpdesk.icns`` (macOS), drawn by ``installer/make_icons.py``;
- ``scenarios/``: the classroom's guided scenarios (``cpdesk/central/training.py``).
"""
