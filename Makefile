# Two entry points, each installing what it needs first:
#   make demo   -> the demo chat on the console (no token, no network)
#   make test   -> the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo adoption test bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/python -m bot console --demo

# The README's « Adopter Greffier dans un groupe existant » walk-through, in a fresh folder.
adoption: $(BIN)/.installed
	@dir=$$(mktemp -d) && \
	$(BIN)/python -m bot import members bot/demo_data/membres.csv --config bot/demo_data/adoption.toml --group gt-lancy --data $$dir --apply && \
	$(BIN)/python -m bot import minutes bot/demo_data/compte_rendu.txt --config bot/demo_data/adoption.toml --group gt-lancy --data $$dir --apply && \
	$(BIN)/python -m bot console --config bot/demo_data/adoption.toml --data $$dir

test: $(BIN)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(BIN)/.installed
	for script in run reminders after_meeting imports dates_report questions_report; do \
		$(BIN)/python bench/$$script.py || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache
