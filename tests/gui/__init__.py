"""GUI tests (pytest-qt, offscreen); a package so its conftest never shadows the top one."""
