#!/usr/bin/env bash
# Measurements that are commands, not tests (run on loopback, bounded, figures in infra/benchmarks.md):
#   infra/bench.sh [scale]  p50/p99 of a tenant-scoped API read with 10 and with 10,000 tenants in one
#                           database (-Dbench.requests=N -Dbench.warmup=N)
#   infra/bench.sh flood    per-tenant rate limits: one tenant floods, another is served (same as infra/load.sh)
#   infra/bench.sh rules    JMH: rule lookups per second of mixed tables and dates on one thread
#   infra/bench.sh planning one office with 200 persons (3 plan versions, 4 monitorings each): p50/p99/max of the
#                           person list, search by kana and by kanji, and the plan PDF (-Dbench.requests=N
#                           -Dbench.warmup=N -Dbench.pdf.requests=N -Dbench.pdf.warmup=N)
#   infra/bench.sh sheets   one B型 office with 40 persons and a month of records each (880): everyone's monthly record
#                           sheets as one A4 PDF and as CSV (goal: within 1 s), one person's as JSON and PDF
#                           (-Dbench.requests=N -Dbench.warmup=N)
#   infra/bench.sh rush     the morning rush: 500 check-ins per second for 60 s, open loop (latency from each request's
#                           planned send time), against a tenant with 250 offices and 10,000 persons, after a warm-up
#                           until the JIT has settled; p50/p90/p99/max and errors of the check-in (goals: p99 <= 50 ms,
#                           0 errors), and at the same rate two floors with the check-in's p50 ratio to each (reported,
#                           not goals): GET /api/v1/me (the framework's floor) and GET .../fixture/notes of the test
#                           module (one transaction that commits one audit record and nothing else); CPU per request and
#                           where requests waited (-Dbench.rate=N -Dbench.seconds=N -Dbench.warmup.seconds=N
#                           -Dbench.warmup.max.seconds=N -Dbench.jfr=/tmp/prefix, and -Dtsunagu.db.track-statements=true
#                           for the database's statements by time per check-in); ~7 minutes on 2 cores
#   infra/bench.sh wages    the national month of 工賃: 5,000 tenants, 17,000 B型 offices, 350,000 users, 21 days each
#                           (7.35 M service records, seeded in SQL), the month closed for every office through the
#                           set-based run (RunService.closeAll, tenant by tenant; goals: <= 60 s and <= 2 x the floor),
#                           against a floor measured in the same run: one INSERT ... SELECT ... GROUP BY of each user's
#                           minutes per tenant under row-level security (-Dbench.tenants=N -Dbench.warmup.tenants=N
#                           -Dbench.threads=N -Dbench.jfr=/tmp/prefix, and -Dtsunagu.db.track-statements=true for the
#                           phases' statements by time); ~6 minutes on 2 cores, 3-4 of them seeding
#   infra/bench.sh payroll  the A型 payroll month of a corporation: 40 A型 offices, 1,200 employees with ~20 clocked days each
#                           (seeded: offices provisioned, one worker through the API, the rest copied in SQL); the month closed
#                           at every office through the API, one after another (goal: <= 5 s), and every payslip of the month
#                           as one print file, GET /api/v1/employment/payroll/{month}/payslips.pdf (goal: <= 10 s), after a
#                           warm-up on the month before (-Dtsunagu.db.track-statements=true for each phase's statements, -Dbench.jfr=/tmp/prefix); ~4-6 minutes
#   infra/bench.sh sharing  a consultation office with 300 clients linked to offices of 50 other tenants (grants and snapshots
#                           seeded in SQL as the recipient's listeners write them): p50/p99/max of its dashboard (goal: p99 <= 100 ms),
#                           and 20 revocations end to end through the API, each followed at once by a request for the revoked
#                           snapshot (goal: 404 every time) (-Dbench.requests=N -Dbench.warmup=N -Dbench.revocations=N); ~2 minutes
#   infra/bench.sh claims   the B型 claim month of a corporation: 40 B型 offices, 1,200 users with 20 weekdays of records each
#                           (seeded: offices provisioned, claim profiles, additions and one user through the API, the rest copied in
#                           SQL); for the 40 offices one after another the month's checks, its preview, its close (the checks and
#                           every person's claim computed and kept; goal: <= 10 s) and its claim file (CSV, CP932), after a warm-up
#                           on the month before (-Dtsunagu.db.track-statements=true for each phase's statements, -Dbench.jfr=/tmp/prefix); ~2-3 minutes
#   infra/bench.sh day      an office day (#25 point 8) on two instances (two application contexts on two ports in one JVM, one
#                           PostgreSQL): the rush's tenant (250 offices, 10,000 persons), a day compressed into 240 s, open loop,
#                           round-robin over both: every person's check-in and check-out, person pages, plan reads, every office's
#                           board 30 times; the access matrix's assertions (no member 403, another office 404, another tenant 404)
#                           on the same endpoints meanwhile (goals: p99 <= 100 ms, 0 errors, 0 matrix failures)
#                           (-Dbench.seconds=N <= 270 -Dbench.matrix.pause.ms=N); ~10 minutes on 2 cores
# Prints the figures; scale, flood, planning, sheets, rush, wages, payroll, sharing, claims and day also write them to platform/bench/target/*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-scale}" in
  scale) test=TenantScaleBenchmark report=tenant-scale-benchmark.txt ;;
  flood) test=TenantFloodBenchmark report=tenant-flood.txt ;;
  rules) test="" report="" ;;
  planning) test=PlanningBenchmark report=planning-benchmark.txt ;;
  sheets) test=MonthlySheetBenchmark report=monthly-sheet-benchmark.txt ;;
  rush) test=MorningRushBenchmark report=morning-rush-benchmark.txt ;;
  wages) test=WagesNationalMonthBenchmark report=wages-national-month.txt ;;
  payroll) test=PayrollMonthBenchmark report=payroll-month.txt ;;
  sharing) test=SharingDashboardBenchmark report=sharing-dashboard.txt ;;
  claims) test=ClaimsMonthBenchmark report=claims-month.txt ;;
  day) test=OfficeDayBenchmark report=office-day.txt ;;
  *) echo "usage: infra/bench.sh [scale|flood|rules|planning|sheets|rush|wages|payroll|sharing|claims|day] [-Dproperty=value ...]" >&2; exit 2 ;;
esac
[ $# -gt 0 ] && shift
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
./mvnw -B -q -ntp -Pbench -DskipTests -Djib.skip=true install
if [ -z "$test" ]; then
  ./mvnw -B -q -ntp -pl platform/rules dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  exec java -cp "platform/rules/target/test-classes:platform/rules/target/classes:$(cat platform/rules/target/bench.classpath)" \
    org.openjdk.jmh.Main RuleLookupBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 "$@"
fi
rm -f "platform/bench/target/$report" # a failed run must not show the last run's figures
./mvnw -B -ntp -Pbench -pl platform/bench surefire:test -Dtsunagu.test.jvm="$TSUNAGU_SERVER_JVM" -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "Tests run|BUILD|FAIL" || true
cat "platform/bench/target/$report"
