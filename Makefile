# cpdesk: `make demo` and `make test` do all set-up on a fresh Debian 12 machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := .make

# Debian packages: the SoftHSM2 token, OpenSC tools, a virtual display, Qt's runtime libraries.
SYSTEM_PACKAGES := python3 python3-venv python3-dev gcc make ca-certificates tzdata \
	softhsm2 opensc xvfb xauth postgresql \
	libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 fonts-dejavu-core

# make package only: wixl and msitools build and read the MSI on Linux.
PACKAGE_SYSTEM_PACKAGES := wixl msitools

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Install the Debian packages in $(1) that are missing (apt-get update first, only if some are).
define install-missing
	@missing=$$(for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

.PHONY: setup system venv package test lint typecheck layers pytest demo guides openapi translations bench-search bench-client bench-scale bench-outbox soak clean

setup: system venv

system: $(STAMP)/system
$(STAMP)/system: Makefile
	$(call install-missing,$(SYSTEM_PACKAGES))
	@mkdir -p $(STAMP) && touch $@

venv: $(STAMP)/venv
$(STAMP)/venv: pyproject.toml $(STAMP)/system
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@mkdir -p $(STAMP) && touch $@

test: setup lint typecheck layers pytest

lint: setup
	$(VENV)/bin/ruff check cpdesk tests bench installer setup.py

typecheck: setup
	$(VENV)/bin/mypy

layers: setup
	$(VENV)/bin/lint-imports

pytest: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -n 2 --dist loadfile

demo: setup
	$(PY) -m cpdesk.demo

# The role guides' screenshots (docs/guides/): the guided demo under its own Xvfb at 1366×768,
# saved into docs/guides/img (replaced only when the whole walk succeeded).
guides: setup
	rm -rf docs/guides/img.new
	env -u DISPLAY -u WAYLAND_DISPLAY $(PY) -m cpdesk.demo --screenshots docs/guides/img.new
	rm -rf docs/guides/img && mv docs/guides/img.new docs/guides/img

openapi: setup
	$(VENV)/bin/cpdesk-central openapi > docs/openapi.json

# The translators' catalogue: every string of the desk client marked for translation (tr(),
# QCoreApplication.translate(), QT_TRANSLATE_NOOP) in $(TS_SOURCE), English being the source
# language; then each other resources/translations/cpdesk_<language>.ts compiled to its .qm,
# which cpdesk loads for a matching system locale. tests/gui/test_translations.py checks that
# the catalogue is current (it reads TRANSLATED_SOURCES from here).
TRANSLATED_SOURCES := cpdesk/ui cpdesk/views cpdesk/widgets
TS_SOURCE := resources/translations/cpdesk_en_GB.ts
translations: setup
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -no-obsolete -source-language en_GB \
		-target-language en_GB $(TRANSLATED_SOURCES) -ts $(TS_SOURCE)
	@for ts in resources/translations/cpdesk_*.ts; do \
		[ "$$ts" = "$(TS_SOURCE)" ] || $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" \
			|| exit 1; \
	done

bench-search: setup
	$(VENV)/bin/pip install -q -e '.[bench]' && $(PY) bench/search.py --errors --febrl

bench-client: setup
	$(PY) bench/client.py

# PostgreSQL at national scale: 1,000,000 children by default (SCALE_ARGS="--children 100000").
bench-scale: setup
	$(PY) bench/scale.py $(SCALE_ARGS)

# kill -9 of the desk client at random points while it submits through the outbox (KILLS=50).
bench-outbox: setup
	$(PY) bench/outbox_kill.py --kills $(or $(KILLS),50)

# Four worker processes on PostgreSQL, 5,000 concurrent audited requests, one intact chain.
soak: setup
	CPDESK_SOAK_WORKERS=4 CPDESK_SOAK_REQUESTS=5000 $(VENV)/bin/pytest -q tests/central/test_workers.py

# The PyInstaller one-folder bundle (dist/cpdesk: cpdesk and cpdesk-central), the MSI (on Linux
# a stand-in payload, to test its tables) and the Debian package, smoke-tested: see installer/.
package: setup $(STAMP)/package
	$(VENV)/bin/pip install -q -e '.[package]'
	$(PY) installer/make_icons.py --check
	rm -rf build/pyinstaller dist/cpdesk
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/cpdesk.spec
	$(PY) installer/package.py

$(STAMP)/package: Makefile $(STAMP)/system
	$(call install-missing,$(PACKAGE_SYSTEM_PACKAGES))
	@mkdir -p $(STAMP) && touch $@

clean:
	rm -rf $(VENV) $(STAMP) .mypy_cache .ruff_cache .pytest_cache build dist
