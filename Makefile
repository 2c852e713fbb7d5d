# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PYTHON ?= python3

.PHONY: install demo test lint bench bench-parse bench-sweep bench-run bench-notify bench-bundle bench-upload clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

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
