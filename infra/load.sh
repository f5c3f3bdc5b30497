#!/usr/bin/env bash
# The per-tenant rate-limit load command: tenant A floods GET /api/v1/offices from several threads while
# tenant B reads at a steady pace; prints A's 200/429 counts and B's latency alone and during the flood.
# Loopback only, bounded (-Dload.requests=N for B per phase, -Dload.threads=N flooding threads).
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
./mvnw -B -q -ntp -DskipTests install
./mvnw -B -ntp -pl platform/app surefire:test -Dtest=TenantFloodBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "Tests run|BUILD|FAIL" || true
cat platform/app/target/tenant-flood.txt
