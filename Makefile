# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
PYTHON ?= python3

.PHONY: install constraints demo test lint bench bench-parse bench-sweep bench-run bench-notify bench-bundle bench-upload clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Re-pin every package after pyproject.toml's pins change: a venv built from pyproject.toml
# alone, frozen.
constraints:
	rm -rf $(VENV).pin
	$(PYTHON) -m venv $(VENV).pin
	$(VENV).pin/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	head -n3 constraints.txt > constraints.new
	$(VENV).pin/bin/python -m pip freeze --exclude-editable >> constraints.new
	mv constraints.new constraints.txt
	rm -rf $(VENV).pin

demo: $(STAMP)
	$(VENV)/bin/directives demo

test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadfile $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: bench-parse bench-sweep bench-notify bench-bundle bench-upload

bench-parse: $(STAMP)
	$(PY) bench/bench_parse.py

bench-sweep: $(STAMP)
	$(PY) bench/bench_sweep.py

bench-run: $(STAMP)
	$(PY) bench/bench_run.py

bench-notify: $(STAMP)
	$(PY) bench/bench_notify.py

bench-bundle: $(STAMP)
	$(PY) bench/bench_bundle.py

bench-upload: $(STAMP)
	$(PY) bench/bench_upload.py

clean:
	rm -rf .directives
