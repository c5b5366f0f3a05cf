"""The bundle's ``cpdesk``: the desk client (PyInstaller runs this file)."""

import sys

from cpdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
