#!/usr/bin/env bash
# The tenant-scale benchmark: p50/p99 of a tenant-scoped API read with 10 and with 10,000 tenants in
# one database (embedded PostgreSQL 18, loopback). Prints the figures and writes them to
# platform/app/target/tenant-scale-benchmark.txt. Options: -Dbench.requests=N -Dbench.warmup=N
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
./mvnw -B -q -ntp -DskipTests install
./mvnw -B -ntp -pl platform/app surefire:test -Dtest=TenantScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E "tenant-scale|tenants:|ratio|Tests run|BUILD" || true
cat platform/app/target/tenant-scale-benchmark.txt
