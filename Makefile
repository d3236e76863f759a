# handlingsplan — the two commands a new user runs:
#   make run    build, import seeds/ into out/plans.json and out/items.csv
#   make test   build and run every test
# Everything this needs is installed by the targets themselves where missing.

SWIFT        ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
CONFIG       ?= release
BIN_DIR       = .build/$(CONFIG)
HANDLINGSPLAN = $(BIN_DIR)/handlingsplan
OUT          ?= out

.PHONY: run build test clean toolchain

toolchain:
	@test -x "$(SWIFT)" || { echo "error: no Swift toolchain found (expected 'swift' on PATH or /opt/swift/usr/bin/swift)"; exit 1; }

build: toolchain
	$(SWIFT) build -c $(CONFIG) --product handlingsplan

run: build
	@mkdir -p $(OUT)
	$(HANDLINGSPLAN) import seeds/ --format json -o $(OUT)/plans.json
	$(HANDLINGSPLAN) import seeds/ --format csv -o $(OUT)/items.csv
	@echo "wrote $(OUT)/plans.json and $(OUT)/items.csv"

test: toolchain
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

clean:
	rm -rf .build $(OUT)
