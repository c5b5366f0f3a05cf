"""Packages for setuptools; everything else is in pyproject.toml.

The one thing pyproject.toml cannot say: the repository's top-level ``resources/`` folder is
installed as the package ``cpdesk.resources`` (wheel, editable install and, through them, the
PyInstaller bundle), each of its folders (``icons``, ``scenarios``, ``translations``) as a
data-only package. Their files must also be named in pyproject.toml's package-data, which
setuptools takes over the ``package_data`` below.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
FOLDERS = sorted(p.name for p in RESOURCES.iterdir() if p.is_dir() and p.name != "__pycache__")

setup(
    packages=[*find_namespace_packages(include=["cpdesk", "cpdesk.*"],
                                       exclude=["*.__pycache__"]),
              "cpdesk.resources", *(f"cpdesk.resources.{name}" for name in FOLDERS)],
    package_dir={"cpdesk.resources": "resources"},
    package_data={f"cpdesk.resources.{name}": ["*"] for name in FOLDERS},
)
