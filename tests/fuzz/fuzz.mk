# libFuzzer targets (included by the Makefile), one per entry point: fuzz_document,
# fuzz_dates, fuzz_pipeline, fuzz_rules, fuzz_syntax (text and CoNLL-U), fuzz_model (the
# model loader), fuzz_shard (merge's JSON Lines). `make fuzz` runs every target for
# FUZZ_SECONDS (default 60) each; `make fuzz-smoke` runs each for about 15 s.
# Everything is built with clang into build-fuzz/, separately from the normal build.
FUZZ_CC      ?= clang
FUZZ_BUILD   := build-fuzz
FUZZ_SECONDS ?= 60
# Seconds one input may take. On a loaded machine a niced fuzzer can be starved past 10 s
# on a unit that takes milliseconds (two such false timeouts replayed in 9 and 25 ms):
# long runs there use FUZZ_TIMEOUT=60.
FUZZ_TIMEOUT ?= 10
FUZZ_SAN     := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  := -O1 -g -fno-omit-frame-pointer -std=c11 -D_GNU_SOURCE -Iinclude -I$(GEN) \
                $(shell pkg-config --cflags $(PKGS) 2>/dev/null) \
                -DEVGRAPH_VERSION='"fuzz"' -DEVGRAPH_RULES_DIR='"events"'
FUZZ_LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
FUZZ_TARGETS := fuzz_document fuzz_dates fuzz_pipeline fuzz_rules fuzz_syntax fuzz_model fuzz_shard
FUZZ_OBJS    := $(LIB_SRCS:src/%.c=$(FUZZ_BUILD)/%.o)
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/%)

$(FUZZ_BUILD)/%.o: src/%.c $(wildcard include/*.h)
	@mkdir -p $(FUZZ_BUILD)
	@echo "  FUZZCC $@"; $(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	@echo "  FUZZLD $@"; $(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -o $@ $< $(FUZZ_OBJS) $(FUZZ_LIBS)

$(FUZZ_BUILD)/render_report.o: $(GEN)/report_assets.h
$(FUZZ_BUILD)/html.o: $(GEN)/html_entities.h

fuzz-bins: $(FUZZ_BINS)

# Runs one target: copies the seed corpus into a scratch corpus (new inputs stay out of
# the repository) and fuzzes it; crashes land in $(FUZZ_BUILD)/crashes/<target>/.
define fuzz_run
	@mkdir -p $(FUZZ_BUILD)/corpus/$(1) $(FUZZ_BUILD)/crashes/$(1)
	@cp -n tests/fuzz/corpus/$(1)/* $(FUZZ_BUILD)/corpus/$(1)/ 2>/dev/null || true
	@echo "== $(1) for $(2) s"
	@cd $(CURDIR) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  $(FUZZ_BUILD)/$(1) -max_total_time=$(2) -max_len=65536 -rss_limit_mb=2048 \
	  -timeout=$(FUZZ_TIMEOUT) -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/$(1)/ \
	  $(if $(wildcard tests/fuzz/dict/$(1).dict),-dict=tests/fuzz/dict/$(1).dict) \
	  $(FUZZ_BUILD)/corpus/$(1)

endef

fuzz: fuzz-bins
	$(foreach t,$(FUZZ_TARGETS),$(call fuzz_run,$(t),$(FUZZ_SECONDS)))

fuzz-smoke: fuzz-bins
	$(foreach t,$(FUZZ_TARGETS),$(call fuzz_run,$(t),15))

# Replays every saved reproducer in tests/fuzz/regressions/<target>/ once.
fuzz-regress: fuzz-bins
	@for t in $(FUZZ_TARGETS); do \
	  if ls tests/fuzz/regressions/$$t/* >/dev/null 2>&1; then \
	    $(FUZZ_BUILD)/$$t tests/fuzz/regressions/$$t/* || exit 1; fi; done

.PHONY: fuzz-bins fuzz-regress

# Keep the objects between runs (they are pattern-rule intermediates otherwise).
.SECONDARY: $(FUZZ_OBJS)
