#!/bin/sh
# run-fuzzers.sh BUILD_DIR SECONDS: runs every libFuzzer target of BUILD_DIR (the fuzz preset)
# for SECONDS on a copy of its seed corpus (tests/fuzz/corpus/NAME stays as it is), under ASan
# and UBSan, and says what each did. A finding is kept in BUILD_DIR/fuzz-work/NAME/findings/;
# to make it a regression test, fix the bug and copy the input into tests/fuzz/corpus/NAME/.
set -u
build=$1
seconds=$2
work=$build/fuzz-work
rm -rf "$work"
mkdir -p "$work"
status=0
found=0
for bin in "$build"/bin/fuzz-*; do
    name=${bin##*/fuzz-}
    mkdir -p "$work/$name/corpus" "$work/$name/findings"
    cp tests/fuzz/corpus/"$name"/* "$work/$name/corpus/" 2>/dev/null || true
    echo "fuzz: $name, ${seconds} s"
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/$name/findings/" "$work/$name/corpus" >"$work/$name/log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name/log")
        cov=$(grep -o 'cov: [0-9]*' "$work/$name/log" | tail -1)
        echo "fuzz: $name: ${runs:-?} inputs, ${cov:-cov: ?}, corpus $(ls "$work/$name/corpus" | wc -l) inputs, no finding"
    else
        found=$((found + 1))
        status=1
        echo "fuzz: $name FOUND A PROBLEM: $(ls "$work/$name/findings" | tr '\n' ' ')"
        grep -E 'ERROR|property failed|SUMMARY|runtime error' "$work/$name/log" | head -10
        echo "fuzz: the whole log: $work/$name/log"
    fi
done
[ "$found" -eq 0 ] && echo "fuzz: every target ran ${seconds} s without a finding"
exit $status
