# Two commands for a newcomer: `make chat` to talk to the advisor, `make test` to run every test.
# Both install what is missing (GNU readline's headers) and build first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: chat test build release deps check eval replay bench bench-cold fuzz clean

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

# In-process benchmarks (package-benchmark, release build): loading, index building, classify,
# whole turns and transcript replay, at ×1, ×10 and ×100 training examples. Not part of `make test`.
bench: deps
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark --no-progress $(BENCH_ARGS)

# Whole-process cold start of `advisor ask` (release) next to a Foundation hello world built
# with `swiftc -O`: median/p99 wall time and peak RSS. Set RUNS=N for more runs (default 30).
RUNS ?= 30
bench-cold: deps
	$(SWIFT) build -c release --product advisor
	mkdir -p Benchmarks/.build/floor
	swiftc -O Benchmarks/Floor/Hello.swift -o Benchmarks/.build/floor/hello
	python3 Benchmarks/cold-start.py --runs $(RUNS) .build/release/advisor Benchmarks/.build/floor/hello

# The libFuzzer target over the whole turn pipeline (not part of `make test`): FUZZ_SECONDS=600.
FUZZ_SECONDS ?= 600
fuzz:
	Fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Benchmarks/.build
