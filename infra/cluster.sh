#!/usr/bin/env bash
# Two application instances on one machine against a PostgreSQL they do not start (infra/cluster.md, #25 point 1):
# a primary and a streaming-replication standby from the same PostgreSQL 18 binaries (the embedded ones), migrated
# and provisioned with the demo tenants; Keycloak as infra/run.sh starts it; two instances on PORT1 and PORT2 (8081,
# 8082) configured only by environment variables (database URL, roles and passwords, the standby's URL).
#
#   infra/cluster.sh start | stop | status
#   WORK=~/.cache/tsunagu/cluster  PORT1=8081 PORT2=8082  BUILD=1 (rebuild the jar; built when missing)
#   KEYCLOAK=0                     do not start Keycloak (the API then refuses every token; health still answers)
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
WORK="${WORK:-${TSUNAGU_CACHE:-$HOME/.cache/tsunagu}/cluster}"
PORT1="${PORT1:-8081}"
PORT2="${PORT2:-8082}"
JAR=platform/app/target/tsunagu-app.jar
RUN="$WORK-run"   # pids and logs (the database work dir is emptied at each start)

up() { curl -fsS -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; }

case "${1:-status}" in
  start)
    if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
      ./mvnw -B -q -ntp -DskipTests -Dmaven.jar.forceCreation=true package -pl platform/app -am
    fi
    mkdir -p "$RUN"
    [[ "${KEYCLOAK:-1}" == 1 ]] && infra/keycloak/keycloak.sh start
    rm -f "$WORK/cluster.env"
    TSUNAGU_KEYCLOAK_PROVISIONING="$([[ ${KEYCLOAK:-1} == 1 ]] && echo true || echo false)" nohup java -jar "$JAR" cluster-db "$WORK" tenants --logging.level.root=warn > "$RUN/db.log" 2>&1 &
    echo $! > "$RUN/db.pid"
    for _ in $(seq 1 300); do [[ -f "$WORK/cluster.env" ]] && break; sleep 1; done
    [[ -f "$WORK/cluster.env" ]] || { echo "the databases did not start; see $RUN/db.log" >&2; exit 1; }
    set -a; . "$WORK/cluster.env"; set +a
    export TSUNAGU_SHARING_LINK_SECRET="${TSUNAGU_SHARING_LINK_SECRET:-cluster-local}"
    for n in 1 2; do
      port_var="PORT$n"
      PORT="${!port_var}" nohup java $TSUNAGU_SERVER_JVM -jar "$JAR" serve > "$RUN/app$n.log" 2>&1 &
      echo $! > "$RUN/app$n.pid"
    done
    for _ in $(seq 1 180); do up "$PORT1" 2>/dev/null && up "$PORT2" 2>/dev/null && break; sleep 1; done
    "$0" status
    ;;
  stop)
    for f in app1 app2 db; do
      if [[ -f "$RUN/$f.pid" ]]; then
        kill "$(cat "$RUN/$f.pid")" 2>/dev/null || true
        rm -f "$RUN/$f.pid"
      fi
    done
    echo "stopped (Keycloak keeps running: infra/keycloak/keycloak.sh stop)"
    ;;
  status)
    for p in "$PORT1" "$PORT2"; do
      if up "$p" 2>/dev/null; then echo "instance http://127.0.0.1:$p/ ready"; else echo "instance on $p not ready"; fi
    done
    if [[ -f "$WORK/cluster.env" ]]; then
      . "$WORK/cluster.env"
      for p in "$PRIMARY_PORT" "$STANDBY_PORT"; do
        echo "postgres on $p: in recovery (standby) = $(psql -h localhost -p "$p" -U postgres -d tsunagu -Atc 'select pg_is_in_recovery()' 2>/dev/null || echo '?')"
      done
      psql -h localhost -p "$PRIMARY_PORT" -U postgres -d tsunagu -Atc \
        "select 'replication: ' || application_name || ' ' || state || ', replay lag ' || coalesce(replay_lag::text, '0') from pg_stat_replication" 2>/dev/null || true
    fi
    ;;
  *) echo "usage: infra/cluster.sh start|stop|status" >&2; exit 2 ;;
esac
