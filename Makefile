# Quick start: `make reports` builds reports/ for seeds/, `make test` runs the tests.
# Each target creates the virtual environment (.venv) with pinned versions first if needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: reports test lab lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
	touch $@

reports: $(STAMP)
	$(BIN)/toolkit build $(TOOLKIT_BUILD_FLAGS)

test: $(STAMP)
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/toolkit lab

lock: $(STAMP)
	( printf '%s\n' '# Exact versions of every dependency (pip freeze of a working environment, Python 3.11).' \
	  '# Installed with: pip install -c constraints.txt -e ".[test]"   (make lock regenerates it)'; \
	  $(BIN)/python -m pip freeze --exclude-editable ) > constraints.txt

clean:
	rm -rf $(VENV) .cache .pytest_cache
