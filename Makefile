# Two commands for a newcomer: `make chat` to talk to the advisor, `make test` to run every test.
# Both install what is missing (GNU readline's headers) and build first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: chat test build release deps check eval replay bench fuzz clean

chat: build
	@.build/debug/advisor chat

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# GNU readline's headers (Debian's libreadline-dev), installed only when missing.
deps:
	@if ! [ -f /usr/include/readline/readline.h ]; then \
		echo "Installing libreadline-dev (GNU readline headers)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libreadline-dev; \
	fi

check: build
	.build/debug/advisor check

eval: build
	.build/debug/advisor eval

replay: build
	.build/debug/advisor replay Transcripts

# The libFuzzer target over the whole turn pipeline (not part of `make test`): FUZZ_SECONDS=600.
FUZZ_SECONDS ?= 600
fuzz:
	Fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build
