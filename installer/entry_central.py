"""The bundle's ``cpdesk-central``: the reference service (PyInstaller runs this file)."""

import multiprocessing
import sys

from cpdesk.central.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # classroom kits make cards in parallel processes
    sys.exit(main())
