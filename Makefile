# firstsec - checks on the work of village first secretaries.
#
#   make            the programs, in bin/
#   make check      everything again with ASan and UBSan (build/check/),
#                   then every test
#   make demo       the whole pipeline on examples/, with its report
#   make install    PREFIX=/usr/local (DESTDIR for staging)
#   make bench      the benchmark of bench/ (long; see bench/README.md)
#   make valgrind   every end-to-end test again under valgrind
#   make tsan       every test again with ThreadSanitizer (build/tsan/)
#   make fuzz       each fuzz target of fuzz/ for FUZZ_SECONDS (clang's
#                   libFuzzer with ASan and UBSan, in build/fuzz/)
#   make fuzz-smoke each fuzz target for FUZZ_RUNS inputs (CI)
#   make fuzz-afl   AFL++ on the tools themselves, AFL_SECONDS per campaign
#                   of fuzz/afl.sh (afl-cc with ASan and UBSan, build/afl/)
#
# Missing build packages are installed by scripts/deps on first use.

VERSION = 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=

CC ?= cc
OPT ?= -O2
SAN ?=
O ?= .

PKGS = libbsd-overlay libpcre2-8 libmd
# Recursive (=) on purpose: pkg-config runs when a recipe needs it, after
# scripts/deps has installed what was missing.
DEP_CFLAGS = $(shell pkg-config --cflags $(PKGS))
DEP_LIBS = $(shell pkg-config --libs $(PKGS)) -lcsv
ALL_CFLAGS = -std=c11 -Wall -Wextra -Werror -pthread $(OPT) $(SAN) \
	-D_GNU_SOURCE -DFS_VERSION='"$(VERSION)"' \
	-DFS_DATADIR_DEFAULT='"$(PREFIX)/share/firstsec"' \
	$(DEP_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = -Wl,--as-needed $(LDFLAGS)

BIN = $(O)/bin
OBJ = $(O)/obj
COMMON_SRC = $(sort $(wildcard common/*.c))
COMMON_OBJ = $(COMMON_SRC:%.c=$(OBJ)/%.o)
LIB = $(OBJ)/libfirstsec.a
TOOLS = $(patsubst cmd/%.c,%,$(sort $(wildcard cmd/fs-*.c)))
PROGS = $(TOOLS:%=$(BIN)/%)
UNITS = $(patsubst tests/unit/%.c,$(BIN)/%,$(sort $(wildcard tests/unit/test_*.c)))
MAN1 = $(sort $(wildcard man/man1/*.1))
MAN5 = $(sort $(wildcard man/man5/*.5))

SANITIZE = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all

.PHONY: all units check demo install uninstall clean deps bench valgrind \
	tsan fuzzers fuzz-build fuzz fuzz-smoke fuzz-afl
.SUFFIXES:
.SECONDARY:

all: $(PROGS)

# The unit tests, and for the end-to-end cases a library that refuses
# to map files (tests/nomap.c), built without the sanitizers: it is
# preloaded into the programs, whatever they are built with.
NOMAP = $(BIN)/nomap.so

units: $(UNITS) $(NOMAP)

$(NOMAP): tests/nomap.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -D_GNU_SOURCE -shared -fPIC \
		-o $@ tests/nomap.c -ldl

$(OBJ)/%.o: %.c | deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(LIB): $(COMMON_OBJ)
	@rm -f $@
	ar rcs $@ $(COMMON_OBJ)

$(BIN)/fs-%: $(OBJ)/cmd/fs-%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(DEP_LIBS)

$(BIN)/test_%: $(OBJ)/tests/unit/test_%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(DEP_LIBS)

# A fuzz target: fuzz/fuzz_NAME.c, linked with libFuzzer's main.
$(BIN)/fuzz_%: $(OBJ)/fuzz/fuzz_%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $(ALL_LDFLAGS) -o $@ $< $(LIB) \
		$(DEP_LIBS)

-include $(shell find $(OBJ) -name '*.d' 2>/dev/null)

deps:
	@scripts/deps

check:
	@$(MAKE) --no-print-directory O=build/check OPT='-O1 -g' \
		SAN='$(SANITIZE)' all units
	@tests/run.sh build/check/bin

# The unit tests, then every end-to-end case, under valgrind: any error
# or leak fails.
VALGRIND_RUN = valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect

valgrind: all units
	@for t in $(UNITS); do \
		$(VALGRIND_RUN) $$t > /dev/null || { echo "FAIL $$t"; exit 1; }; \
	done
	@VALGRIND=1 tests/run.sh bin

# Every test again with ThreadSanitizer: the threads of --jobs and of a
# pipe's reading share the reader's index, the parts and their merge.  A
# race is reported on stderr and the program exits 66, so the case that
# shows it fails.
tsan:
	@$(MAKE) --no-print-directory O=build/tsan OPT='-O1 -g' \
		SAN='-fsanitize=thread' all units
	@tests/run.sh build/tsan/bin

# Fuzzing: clang, its libFuzzer runtime, ASan and UBSan; the library is
# instrumented for coverage (fuzzer-no-link).  fuzz/run.sh makes the seed
# corpora from tests/e2e and says one line per target.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 10000
FUZZ_CC ?= clang
FUZZ_TARGETS = $(patsubst fuzz/%.c,%,$(sort $(wildcard fuzz/fuzz_*.c)))

fuzzers: $(FUZZ_TARGETS:%=$(BIN)/%)

fuzz-build:
	@scripts/deps clang libclang-rt-dev
	@$(MAKE) --no-print-directory O=build/fuzz CC=$(FUZZ_CC) \
		OPT='-O1 -g' SAN='$(SANITIZE) -fsanitize=fuzzer-no-link' fuzzers

fuzz: fuzz-build
	@fuzz/run.sh build/fuzz/bin -max_total_time=$(FUZZ_SECONDS)

fuzz-smoke: fuzz-build
	@fuzz/run.sh build/fuzz/bin -runs=$(FUZZ_RUNS)

# AFL++ on the programs themselves, one campaign after another for each
# row of fuzz/afl.sh's table (AFL_CAMPAIGNS: only these).  Not run by
# make check or CI: it takes AFL_SECONDS for every campaign.
AFL_SECONDS ?= 60
AFL_CC ?= afl-clang-fast
AFL_CAMPAIGNS ?=

fuzz-afl:
	@scripts/deps afl++ clang
	@$(MAKE) --no-print-directory O=build/afl CC=$(AFL_CC) OPT='-O1 -g' \
		SAN='$(SANITIZE)' all
	@fuzz/afl.sh build/afl/bin $(AFL_SECONDS) $(AFL_CAMPAIGNS)

demo: all
	@sh examples/demo.sh

bench: all
	@bench/run.sh

install: all
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/man/man5" \
		"$(DESTDIR)$(PREFIX)/share/firstsec"
	install -m 755 $(PROGS) "$(DESTDIR)$(PREFIX)/bin"
	install -m 644 $(MAN1) "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 644 $(MAN5) "$(DESTDIR)$(PREFIX)/share/man/man5"
	install -m 644 data/*.tsv "$(DESTDIR)$(PREFIX)/share/firstsec"
	install -m 755 examples/daily-report.sh \
		"$(DESTDIR)$(PREFIX)/share/firstsec"

uninstall:
	for f in $(TOOLS); do rm -f "$(DESTDIR)$(PREFIX)/bin/$$f"; done
	for f in $(MAN1:man/man1/%=%); do \
		rm -f "$(DESTDIR)$(PREFIX)/share/man/man1/$$f"; done
	for f in $(MAN5:man/man5/%=%); do \
		rm -f "$(DESTDIR)$(PREFIX)/share/man/man5/$$f"; done
	rm -rf "$(DESTDIR)$(PREFIX)/share/firstsec"

clean:
	rm -rf bin obj build
