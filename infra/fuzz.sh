#!/usr/bin/env bash
# Fuzzing (#25 point 6), the long run: each Jazzer @FuzzTest target fuzzed for a while (the test command only replays
# the committed seeds; see infra/fuzzing.md).
#   infra/fuzz.sh [duration] [target ...]
#     duration  per target, Jazzer's syntax: 30s, 10m, 1h (default 5m)
#     target    a name from the list below, or a part of one (e.g. "rules", "yaml", "api"); default: all
# Jazzer fuzzes one target per JVM, so each runs in its own Maven invocation (offline; run `mw -B verify` once first
# or drop -o below). A finding is a failing test: its input is written as crash-<sha1> into the target's seed
# directory under src/test/resources (<package>/<Class>Inputs/<method>/), where the test command replays it from then
# on: fix the code, keep the input as a regression seed (rename it to say what it is). The corpus grown while fuzzing
# is kept in .cifuzz-corpus/ of the module (git-ignored). Findings are summarised at the end; exit status 1 if any.
set -uo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk || exit 2
export LIQUIBASE_ANALYTICS_ENABLED=false
duration="${1:-5m}"; shift || true

# module : test class # method
targets=(
  "platform/rules:jp.tsunagu.rules.internal.RuleUploadFuzzTest#yamlVersion"
  "platform/rules:jp.tsunagu.rules.internal.RuleUploadFuzzTest#csvVersion"
  "platform/rules:jp.tsunagu.rules.internal.RuleUploadFuzzTest#yamlTable"
  "platform/app:jp.tsunagu.app.ManifestFuzzTest#manifest"
  "modules/claims:jp.tsunagu.claims.internal.file.ClaimFileFuzzTest#cp932"
  "modules/claims:jp.tsunagu.claims.internal.file.ClaimFileFuzzTest#claimFile"
  "platform/app:jp.tsunagu.app.ApiFuzzTest#requestBodies"
)

selected=()
for t in "${targets[@]}"; do
  if [ $# -eq 0 ]; then selected+=("$t"); continue; fi
  for want in "$@"; do
    case "${t,,}" in *"${want,,}"*) selected+=("$t"); break;; esac
  done
done
[ ${#selected[@]} -gt 0 ] || { echo "no target matches: $*" >&2; exit 2; }

log_dir="target/fuzz"; mkdir -p "$log_dir"
summary=()
status=0
for t in "${selected[@]}"; do
  module="${t%%:*}"; test="${t#*:}"; name="${test##*.}"
  log="$log_dir/${name//#/-}.log"
  echo "== $name: fuzzing for $duration ($(date +%T)), log $log"
  # -am builds the modules it depends on from this worktree (never `install`); -Dtest keeps their tests from running
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" ./mvnw -B -o test -pl "$module" -am \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true >"$log" 2>&1
  rc=$?
  stats=$(grep -a -oE '#[0-9]+[[:space:]]+DONE .*' "$log" | tail -1)
  crashes=$(grep -a -oE "crash-[0-9a-f]{40}" "$log" | sort -u | tr '\n' ' ')
  if [ $rc -eq 0 ]; then
    summary+=("$name: no finding ${stats:+($stats)}")
  else
    status=1
    cause=$(grep -a -m1 -A1 "FuzzTestFindingException\|<<< FAIL\|<<< ERROR" "$log" | tail -1 | cut -c1-200)
    summary+=("$name: FINDING $crashes ${cause:+: $cause} (log $log)")
  fi
done
echo
echo "== summary (duration per target: $duration)"
printf '%s\n' "${summary[@]}"
exit $status
