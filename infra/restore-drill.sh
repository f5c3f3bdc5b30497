#!/usr/bin/env bash
# The backup and restore drill (infra/backup.md): a primary PostgreSQL 18 of its own (the embedded binaries the project
# already uses) with WAL archiving, migrated and provisioned with the demo tenants by the application, audit records in
# every chain; a base backup (pg_backup_start, copy, pg_backup_stop); more writes and one more tenant after it; then a
# restore to the end of the archive and one to a point in time before the later writes, each into a fresh cluster.
# Compares every table's row count and every audit chain's head with the primary's at that moment and runs
# audit_verify() on each restore. Prints a short report; exits 1 on any mismatch.
#
#   infra/restore-drill.sh [work dir]        default ~/.cache/tsunagu/restore-drill (emptied first)
#   RECORDS=2000 LATER=200                   audit records per chain before the backup / after the target time
#   BUILD=1                                  rebuild the application jar first (it is built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
WORK="${1:-${TSUNAGU_CACHE:-$HOME/.cache/tsunagu}/restore-drill}"
JAR=platform/app/target/tsunagu-app.jar
if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
  ./mvnw -B -q -ntp -DskipTests -Djib.skip=true -Dmaven.jar.forceCreation=true package -pl platform/app -am  # forced: a jar whose own classes did not change is otherwise kept with its old libraries
fi
exec java -jar "$JAR" restore-drill "$WORK" tenants "${RECORDS:-2000}" "${LATER:-200}" --logging.level.root=warn
