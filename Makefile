# evgraph — build, run, test.
# `make run` and `make test` are the README's quick start: both install missing Debian
# packages first (apt-get, as root), so they work on a fresh machine.

PREFIX   ?= /usr/local
DESTDIR  ?=
BUILD    ?= build
BIN      ?= evgraph
CC       ?= cc
PKGS     := libpcre2-8 jansson libcgraph libgvc sqlite3 libxml-2.0
DEB_PKGS := build-essential pkg-config libpcre2-dev libjansson-dev libgraphviz-dev \
            libcmocka-dev graphviz libxml2-dev libxml2-utils python3 valgrind librsvg2-bin libsqlite3-dev sqlite3 \
            python3-distributed python3-networkx
VERSION  := 0.1.0

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CFLAGS   ?= -O2 -g
# Our own flags stay even when CFLAGS is given on the command line (check-asan does).
ALL_CFLAGS = $(CFLAGS) -pthread -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -D_GNU_SOURCE \
            -Iinclude $(PKG_CFLAGS) -DEVGRAPH_VERSION='"$(VERSION)"' \
            -DEVGRAPH_RULES_DIR='"$(PREFIX)/share/evgraph/events"' \
            -DEVGRAPH_MODEL_PATH='"$(PREFIX)/share/evgraph/en-ud.bin"'
LIBS     := $(PKG_LIBS) -lm -lpthread

SRCS     := $(wildcard src/*.c)
LIB_SRCS := $(filter-out src/main.c,$(SRCS))
LIB_OBJS := $(LIB_SRCS:src/%.c=$(BUILD)/%.o)
UNIT_SRCS:= $(wildcard tests/unit/test_*.c)
UNIT_BINS:= $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

SAMPLES  := tests/samples

# The report page's style, script and markup, as C strings (src/report/embed.sh).
GEN      := build/gen
REPORT_ASSETS := src/report/report.css src/report/report.js src/report/report.html
ALL_CFLAGS += -I$(GEN)

.PHONY: all run test unit cli check-asan check-valgrind check-tsan check-big check-dask bench fuzz fuzz-smoke deps \
        install uninstall clean corpus-score timex-score

all: $(BIN)

$(BIN): $(LIB_OBJS) $(BUILD)/main.o
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/%.o: src/%.c $(wildcard include/*.h) | $(BUILD)
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) -c -o $@ $<

$(GEN)/report_assets.h: $(REPORT_ASSETS) src/report/embed.sh
	@mkdir -p $(GEN)
	@echo "  GEN $@"; sh src/report/embed.sh $(REPORT_ASSETS) >$@.tmp && mv $@.tmp $@

$(BUILD)/render_report.o: $(GEN)/report_assets.h

# The HTML5 named character references, as a C table (src/html/entities.sh).
$(GEN)/html_entities.h: src/html/entities.txt src/html/entities.sh
	@mkdir -p $(GEN)
	@echo "  GEN $@"; sh src/html/entities.sh src/html/entities.txt >$@.tmp && mv $@.tmp $@

$(BUILD)/html.o: $(GEN)/html_entities.h

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB_OBJS) | $(BUILD)
	@mkdir -p $(BUILD)/tests
	@echo "  CC $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -Itests/unit -o $@ $< $(LIB_OBJS) $(LIBS) -lcmocka

# the date rows are a generated header
$(BUILD)/tests/test_dates: tests/dates/rows.h

$(BUILD):
	@mkdir -p $(BUILD)

# Installs what the build needs when pkg-config cannot find it (Debian, as root).
deps:
	@if ! pkg-config --exists $(PKGS) cmocka 2>/dev/null || ! command -v dot >/dev/null || \
	    ! command -v dask-scheduler >/dev/null || ! command -v sqlite3 >/dev/null; then \
	  echo "installing build dependencies with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PKGS); \
	fi
	@# the report's browser test (skipped without chromium, except in CI) and picture checks
	@if { ! command -v chromium >/dev/null || ! command -v rsvg-convert >/dev/null; } && [ "$$(id -u)" = 0 ]; then \
	  echo "installing chromium and librsvg2-bin with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium librsvg2-bin; \
	fi

run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p output
	./$(BIN) timeline $(SAMPLES) -o output/timeline.txt
	./$(BIN) json $(SAMPLES) -o output/events.json
	./$(BIN) graph $(SAMPLES) -o output/graph.svg
	./$(BIN) report $(SAMPLES) -o output/report.html
	@cat output/timeline.txt
	@echo "wrote output/timeline.txt output/events.json output/graph.svg output/report.html"

test: deps
	@$(MAKE) --no-print-directory all unit-bins
	@EVGRAPH=./$(BIN) BUILD=$(BUILD) sh tests/run_tests.sh
	@EVGRAPH=./$(BIN) sh tests/scale/dask.sh

# The Dask run on a local cluster (2,000 articles) against the single run. Only in
# `make test`: it adds Python orchestration to code paths (json --jsonl, merge) that
# the CLI cases already run under the sanitizers and valgrind.
check-dask: deps all
	@EVGRAPH=./$(BIN) sh tests/scale/dask.sh

unit-bins: $(UNIT_BINS)

# The whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer. Frame
# pointers are kept, so ASan's default fast unwinding gives whole stacks; the slow
# unwinder on every malloc made each run four times slower and the CI step too long.
check-asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan BIN=build-asan/evgraph \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" all unit-bins
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  EVGRAPH=build-asan/evgraph BUILD=build-asan sh tests/run_tests.sh

# The whole suite under valgrind memcheck; only Graphviz's and fontconfig's own leaks
# suppressed. PCRE2 runs without JIT here: valgrind cannot follow JIT-generated code.
check-valgrind: deps
	@$(MAKE) --no-print-directory BUILD=build-vg BIN=build-vg/evgraph CFLAGS="-O1 -g" all unit-bins
	@EVGRAPH_NO_JIT=1 VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	  --suppressions=$(CURDIR)/tests/valgrind.supp" EVGRAPH=build-vg/evgraph BUILD=build-vg sh tests/run_tests.sh

# The threaded pipeline under ThreadSanitizer: the -j case (1, 2 and 4 threads over a
# few hundred articles); a data race ends the run (exit status 66) and fails the case.
check-tsan: deps
	@$(MAKE) --no-print-directory BUILD=build-tsan BIN=build-tsan/evgraph \
	  CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread" all
	@cd tests/cli/jobs-same-output && TSAN_OPTIONS=halt_on_error=1 EVGRAPH_RULES=$(CURDIR)/events \
	  EVGRAPH=$(CURDIR)/build-tsan/evgraph sh ./check && echo "check-tsan: no data race reported"

# Robustness checks too slow for `make test`: the 50 MB one-line article (BIG_MB) and
# 10,000 rule files, with times and peak memory against the README's bounds.
check-big: all
	@sh tests/check_big.sh ./$(BIN)

bench: all
	@if [ -f tests/bench.sh ]; then sh tests/bench.sh ./$(BIN); fi
	@BUILD=$(BUILD) sh tests/bench_graph.sh
	@sh tests/bench_pipeline.sh ./$(BIN)
	@sh tests/bench_linear.sh ./$(BIN)
	@BUILD=$(BUILD) sh tests/bench_stages.sh
	@BUILD=$(BUILD) sh tests/bench_syntax.sh
	@BUILD=$(BUILD) sh tests/bench_chrono.sh ./$(BIN)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/evgraph/events \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/evgraph
	install -m 644 events/*.json $(DESTDIR)$(PREFIX)/share/evgraph/events/
	install -m 644 man/evgraph.1 $(DESTDIR)$(PREFIX)/share/man/man1/evgraph.1
	install -m 644 models/en-ud.bin $(DESTDIR)$(PREFIX)/share/evgraph/en-ud.bin

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/evgraph $(DESTDIR)$(PREFIX)/share/man/man1/evgraph.1
	rm -rf $(DESTDIR)$(PREFIX)/share/evgraph

# Extraction quality against the hand-written gold corpus.
corpus-score: all
	@rm -rf $(BUILD)/corpus-out && mkdir -p $(BUILD)/corpus-out
	@for f in tests/corpus/*.txt tests/samples/*.txt; do \
	  ./$(BIN) json -q "$$f" -o $(BUILD)/corpus-out/$$(basename "$$f" .txt).json || exit 1; done
	@mkdir -p $(BUILD)/gold && cp tests/corpus/*.json tests/samples/*.json $(BUILD)/gold/
	@python3 ../shared/tools/score_events.py $(BUILD)/gold $(BUILD)/corpus-out $(SCORE_FLAGS)

timex-score: all
	@python3 ../shared/tools/score_timex.py ./$(BIN) ../shared/data/tempeval3/train/TimeBank
	@python3 ../shared/tools/score_timex.py ./$(BIN) ../shared/data/tempeval3/train/AQUAINT

-include tests/fuzz/fuzz.mk

clean:
	rm -rf build build-asan build-vg build-tsan build-fuzz $(BIN)

# ---- syntax model (issue 13) ----
UD_EWT   ?= ../shared/data/ud/en-ewt
UD_GUM   ?= ../shared/data/ud/en-gum-news
TRAIN_FLAGS ?=

$(BUILD)/evgraph-train: tools/evgraph_train.c $(LIB_OBJS) | $(BUILD)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_OBJS) $(LIBS)

# Retrains models/en-ud.bin from UD English EWT (train split), fixed seed: the same
# file every time.
model: $(BUILD)/evgraph-train
	@mkdir -p models
	$(BUILD)/evgraph-train $(TRAIN_FLAGS) $(UD_EWT) models/en-ud.bin

.PHONY: model syntax-score

# Tagging, lemma and parsing accuracy with gold tokenisation (CoNLL 2018 counting) on
# EWT dev and test and on the GUM news documents (measured only, never trained on).
SCORE_DIR := $(BUILD)/syntax-score
syntax-score: all
	@mkdir -p $(SCORE_DIR)
	@for s in dev test; do (cd $(UD_EWT)/sources && cat $$(cat ../file-lists/files.$$s)) > $(SCORE_DIR)/ewt-$$s.conllu; done
	@cat $(UD_GUM)/*.conllu > $(SCORE_DIR)/gum-news.conllu
	@for s in ewt-dev ewt-test gum-news; do \
	  ./$(BIN) parse --conllu $(SCORE_DIR)/$$s.conllu -o $(SCORE_DIR)/$$s.out.conllu || exit 1; \
	  python3 tools/syntax_score.py $(SCORE_DIR)/$$s.conllu $(SCORE_DIR)/$$s.out.conllu $$s || exit 1; done
