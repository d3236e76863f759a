# handlingsplan — the two commands a new user runs:
#   make run    build, import seeds/ into out/plans.json and out/items.csv
#   make test   build and run every test
# Everything this needs is installed by the targets themselves where missing.

SWIFT        ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
CONFIG       ?= release
BIN_DIR       = .build/$(CONFIG)
HANDLINGSPLAN = $(BIN_DIR)/handlingsplan
OUT          ?= out

.PHONY: run build test bench eval variants fuzz install clean toolchain deps print-deps python-deps report-screenshot

# apt-get as root, else through sudo.
APT = $(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get

toolchain:
	@test -x "$(SWIFT)" || { echo "error: no Swift toolchain found (expected 'swift' on PATH or /opt/swift/usr/bin/swift)"; exit 1; }

# libxml2, zlib and poppler-glib (through SwiftPM system library targets, pkg-config finds them) and
# libxlsxwriter's header (the library itself is loaded only to write a workbook): the list is
# debian-packages.txt, which the CI example (docs/github-actions-example.yml) installs too.
DEB_DEPS := $(shell sed 's/\#.*//' debian-packages.txt)
print-deps:
	@echo $(DEB_DEPS)
deps:
	@dpkg -s $(DEB_DEPS) >/dev/null 2>&1 || { $(APT) update -qq && $(APT) install -y -qq $(DEB_DEPS); }

# Python's jsonschema validates the JSON output against schema/ in `make test`; openpyxl
# opens the workbook in the tests (an independent reader of what libxlsxwriter wrote); pandas
# reads the CSV with the dtypes the README documents, as an analyst would.
python-deps:
	@command -v python3 >/dev/null || { $(APT) update -qq && $(APT) install -y -qq python3 python3-pip; }
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema || \
	  { $(APT) update -qq && $(APT) install -y -qq python3-jsonschema; }
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install -q openpyxl || \
	  { $(APT) update -qq && $(APT) install -y -qq python3-openpyxl; }
	@python3 -c "import pandas" 2>/dev/null || python3 -m pip install -q pandas || \
	  { $(APT) update -qq && $(APT) install -y -qq python3-pandas; }

# The release binary links the Swift runtime and Foundation statically: it starts in half
# the time (no dynamic loading of the Swift libraries) and runs where no toolchain is installed.
# It is linked at a fixed address (-no-pie): a position-independent one has 77,000 pointers
# to relocate at every start, which writes to some 240 pages (2-3 ms of a 15 ms one-plan run
# here). The cost is no address randomisation for the tool's own code; the system libraries
# it loads (libxml2, zlib, libxlsxwriter) keep theirs.
#
# Generic types are made from their metadata accessors, not from mangled names
# (-disable-concrete-type-metadata-mangled-name-accessors): a type made from its mangled name
# has its generic requirements checked at run time, and each first check of a type against
# a protocol scans all 5,729 conformance records of the binary (some 230,000 instructions).
# A one-plan run did 51 such scans; without the mangled names 38 (those left are the
# standard library's and Foundation's own, built without the flag). 13 % of a one-plan run.
STATIC = $(if $(filter release,$(CONFIG)),--static-swift-stdlib -Xlinker -no-pie \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)

# handlingsplan-pdf, the PDF worker (poppler), is built beside it: handlingsplan runs it once per PDF.
build: toolchain deps
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product handlingsplan
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product handlingsplan-pdf

run: build
	@mkdir -p $(OUT)
	$(HANDLINGSPLAN) import seeds/ --format json -o $(OUT)/plans.json
	$(HANDLINGSPLAN) import seeds/ --format csv -o $(OUT)/items.csv
	$(HANDLINGSPLAN) import -q seeds/ --format xlsx -o $(OUT)/plans.xlsx
	$(HANDLINGSPLAN) report -q seeds/ -o $(OUT)/report.html
	@echo "wrote $(OUT)/plans.json, $(OUT)/items.csv, $(OUT)/plans.xlsx (open this one in a spreadsheet) and $(OUT)/report.html"

test: toolchain deps python-deps
	$(SWIFT) build --build-tests
	python3 Tests/validate_schema.py .build/debug/handlingsplan
	HANDLINGSPLAN_ROOT=$(CURDIR) $(SWIFT) test --skip-build --disable-swift-testing

# Import speed and memory against pandoc (docx → plain) and the in-process floor
# (handlingsplan-floor: unzip, inflate, one XML reader pass), medians and ratios in one run.
bench: build
	@command -v pandoc >/dev/null || { $(APT) update -qq && $(APT) install -y -qq pandoc; }
	$(SWIFT) build -c release $(STATIC) --product handlingsplan-floor
	python3 bench/bench.py $(HANDLINGSPLAN) $(BIN_DIR)/handlingsplan-floor

# libFuzzer over every reader, outside CI (bench/fuzz.sh says how long and where findings go).
fuzz: toolchain deps
	$(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
	  -Xswiftc -parse-as-library --product handlingsplan-fuzz
	bash bench/fuzz.sh

# Installs the tool as $(PREFIX)/bin/handlingsplan (default ~/.local/bin: no root needed), and
# its PDF worker handlingsplan-pdf beside it.
PREFIX ?= $(HOME)/.local
install: build
	@mkdir -p "$(PREFIX)/bin"
	install -m 0755 $(HANDLINGSPLAN) "$(PREFIX)/bin/handlingsplan"
	install -m 0755 $(BIN_DIR)/handlingsplan-pdf "$(PREFIX)/bin/handlingsplan-pdf"
	@echo "installed $(PREFIX)/bin/handlingsplan and $(PREFIX)/bin/handlingsplan-pdf"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "note: $(PREFIX)/bin is not on your PATH; add it, or run $(PREFIX)/bin/handlingsplan";; esac

# Accuracy on the development set (../shared/devset): the scorer's table per plan and TOTAL,
# calibration of confidence, content-only mapping of the seeds. Skips when the dev set is absent.
eval: build
	@command -v python3 >/dev/null || { $(APT) update -qq && $(APT) install -y -qq python3; }
	python3 bench/eval.py $(HANDLINGSPLAN)

# Does a reading rule generalize? Every plan of both dev sets in the renditions real branches
# send (LibreOffice -> PDF -> pdftotext in its three modes, LibreOffice's and pandoc's text
# exports; Word's, Google Docs' and hard-wrapped text), each scored against the plan's own gold.
# Outside CI; installs the writers when missing. Renditions are cached (~/.cache/handlingsplan-variants).
variants: build
	@command -v soffice >/dev/null && command -v pdftotext >/dev/null && command -v pandoc >/dev/null || \
	  { $(APT) update -qq && $(APT) install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils pandoc fonts-dejavu-core; }
	python3 bench/variants.py $(HANDLINGSPLAN)

# The HTML report of the seeds, photographed by headless Chromium (installed when missing):
# out/report.png (desktop) and out/report-phone.png (a phone's width).
report-screenshot: build
	@command -v chromium >/dev/null || { $(APT) update -qq && $(APT) install -y -qq --no-install-recommends chromium fonts-dejavu-core; }
	@mkdir -p $(OUT)
	$(HANDLINGSPLAN) report -q seeds/ -o $(OUT)/report.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 --screenshot=$(OUT)/report.png file://$(CURDIR)/$(OUT)/report.html 2>/dev/null
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,1600 --screenshot=$(OUT)/report-phone.png file://$(CURDIR)/$(OUT)/report.html 2>/dev/null
	@echo "wrote $(OUT)/report.png and $(OUT)/report-phone.png"

clean:
	rm -rf .build $(OUT)
