#!/usr/bin/env bash
# Local Keycloak for Tsunagu development.
#
#   infra/keycloak/keycloak.sh install   # fetch + unpack Keycloak once into the cache dir
#   infra/keycloak/keycloak.sh start     # (re)import realm-*.json, start on 127.0.0.1:${KC_PORT}, configure
#   infra/keycloak/keycloak.sh configure # apply what the realm file cannot hold (idempotent; start runs it)
#   infra/keycloak/keycloak.sh themes    # copy themes/* (the login theme) into the dist (start does it too)
#   infra/keycloak/keycloak.sh stop
#   infra/keycloak/keycloak.sh status
#
# Environment:
#   TSUNAGU_CACHE                 cache dir (default: $HOME/.cache/tsunagu)
#   KC_PORT                       HTTP port (default: 8180)
#   KC_BOOTSTRAP_ADMIN_PASSWORD   master admin password (default: admin; user is "admin")
#   KC_START_TIMEOUT              seconds to wait for the realm to answer (default: 180)
#   JAVA_HOME                     JDK to run Keycloak with (17 or 25); else `java` on PATH
#
# Dev mode only (H2 in the dist's data/h2). `start` wipes data/h2 so the realm file in this
# directory is always exactly what runs: --import-realm skips a realm that already exists.
#
# `configure` sets, through the admin API (bin/kcadm.sh, master admin), authenticator reference
# values on the built-in browser flow's executions: the `amr` mapper of tsunagu-web reads them.
# A realm import can only set execution configs by redefining every authentication flow, so the
# realm file keeps Keycloak's default flows and this step adds the configs after each start.
set -euo pipefail

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
REALM=tsunagu

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${TSUNAGU_CACHE:-$HOME/.cache/tsunagu}"
KC_HOME="$CACHE_DIR/keycloak-$KC_VERSION"
KC_PORT="${KC_PORT:-8180}"
KC_URL="http://localhost:$KC_PORT"
WELL_KNOWN="$KC_URL/realms/$REALM/.well-known/openid-configuration"
PID_FILE="$CACHE_DIR/keycloak-$KC_PORT.pid"
LOG_FILE="$CACHE_DIR/keycloak-$KC_PORT.log"
START_TIMEOUT="${KC_START_TIMEOUT:-180}"
ADMIN_USER=admin
ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

# Browser-flow authenticator -> RFC 8176 `amr` value (config key default.reference.value).
# default.reference.maxAge: seconds after the authentication during which the value stays in
# tokens (0, the default, drops it one second later); 36000 = the realm's ssoSessionMaxLifespan.
AMR_MAX_AGE=36000
AMR_REFERENCES=(
  "auth-username-password-form=pwd"
  "auth-otp-form=otp"
)

log() { printf '[keycloak] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

answers() {
  curl -fsS -o /dev/null --max-time 3 "$WELL_KNOWN" 2>/dev/null
}

port_in_use() {
  # Any HTTP answer (even 404) means something listens on the port.
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$KC_PORT/" 2>/dev/null || true)"
  [[ -n "$code" && "$code" != "000" ]]
}

running_pid() {
  # Prints the pid from the pid file if that process is alive.
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

java_bin() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || die "JAVA_HOME=$JAVA_HOME has no bin/java"
    echo "$JAVA_HOME/bin/java"
  else
    command -v java || die "no java on PATH and JAVA_HOME unset (Keycloak needs JDK 17 or 25)"
  fi
}

cmd_install() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    log "Keycloak $KC_VERSION already installed at $KC_HOME"
    return 0
  fi
  command -v unzip >/dev/null || die "unzip is required"
  mkdir -p "$CACHE_DIR"
  local work
  work="$(mktemp -d "$CACHE_DIR/.kc-install.XXXXXX")"
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" EXIT
  local zip="$work/keycloak-quarkus-dist-$KC_VERSION.zip"
  # Maven: the system's, or the project's wrapper (which fetches Maven itself).
  local mvn_cmd
  mvn_cmd="$(command -v mvn || echo "$SCRIPT_DIR/../../mvnw")"
  [[ -x "$mvn_cmd" ]] || die "neither mvn nor the Maven wrapper is available"
  log "fetching $KC_ARTIFACT via Maven (local repo ~/.m2 is reused)"
  # Run from the temp dir so no project pom.xml is picked up.
  # Output is shown only on failure (Maven 3.8 -q still prints stray ANSI resets).
  local out
  if ! out="$(cd "$work" && "$mvn_cmd" -q -B -Dstyle.color=never \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$KC_ARTIFACT" -DoutputDirectory="$work" 2>&1)"; then
    printf '%s\n' "$out" >&2
    die "Maven could not fetch $KC_ARTIFACT"
  fi
  [[ -s "$zip" ]] || die "download failed: $zip missing"
  log "unpacking into $KC_HOME"
  unzip -q "$zip" -d "$work/unpacked"
  [[ -x "$work/unpacked/keycloak-$KC_VERSION/bin/kc.sh" ]] || die "unexpected zip layout"
  rm -rf "$KC_HOME"
  mv "$work/unpacked/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$work"
  trap - EXIT
  log "installed Keycloak $KC_VERSION at $KC_HOME"
}

wait_until_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while ! answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "Keycloak (pid $pid) exited before the realm answered; log tail ($LOG_FILE):"
      tail -n 60 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if (( SECONDS >= deadline )); then
      log "timed out after ${START_TIMEOUT}s waiting for $WELL_KNOWN; log tail ($LOG_FILE):"
      tail -n 60 "$LOG_FILE" >&2 || true
      exit 1
    fi
    sleep 1
  done
}

kcadm() {
  # Needs KCADM_CONFIG (credentials file) and JAVA_BIN set by cmd_configure.
  JAVA="$JAVA_BIN" "$KC_HOME/bin/kcadm.sh" "$@" --config "$KCADM_CONFIG"
}

cmd_configure() {
  answers || die "Keycloak does not answer at $WELL_KNOWN; start it first"
  [[ -x "$KC_HOME/bin/kcadm.sh" ]] || die "no $KC_HOME/bin/kcadm.sh (run install)"
  JAVA_BIN="$(java_bin)"
  KCADM_CONFIG="$(mktemp "${TMPDIR:-/tmp}/kcadm.XXXXXX")"
  # shellcheck disable=SC2064
  trap "rm -f '$KCADM_CONFIG'" EXIT
  kcadm config credentials --server "$KC_URL" --realm master \
    --user "$ADMIN_USER" --password "$ADMIN_PASSWORD" >/dev/null 2>&1 \
    || die "admin login to $KC_URL as '$ADMIN_USER' failed (KC_BOOTSTRAP_ADMIN_PASSWORD?)"
  # One line per execution: id,providerId,authenticationConfig (empty when absent).
  local rows
  rows="$(kcadm get "authentication/flows/browser/executions" -r "$REALM" \
    --fields id,providerId,authenticationConfig --format csv --noquotes)" \
    || die "could not read the browser flow of realm '$REALM'"
  local entry provider ref config id cfg found
  for entry in "${AMR_REFERENCES[@]}"; do
    provider="${entry%%=*}" ref="${entry#*=}" found=0
    config="\"config\":{\"default.reference.value\":\"$ref\",\"default.reference.maxAge\":\"$AMR_MAX_AGE\"}"
    while IFS=, read -r id _ cfg; do
      found=1
      if [[ -z "$cfg" ]]; then
        printf '{"alias":"%s",%s}' "amr-$ref-${id:0:8}" "$config" \
          | kcadm create "authentication/executions/$id/config" -r "$REALM" -f - -i >/dev/null \
          || die "could not add the amr config to execution $id ($provider)"
      else
        printf '{%s}' "$config" \
          | kcadm update "authentication/config/$cfg" -r "$REALM" -f - --merge \
          || die "could not update authenticator config $cfg ($provider)"
      fi
    done < <(printf '%s\n' "$rows" | grep -E "^[^,]+,$provider,")
    (( found )) || die "browser flow of realm '$REALM' has no $provider execution"
  done
  rm -f "$KCADM_CONFIG"
  trap - EXIT
  log "configured amr references on the browser flow (${AMR_REFERENCES[*]}; max age ${AMR_MAX_AGE}s)"
}

# The login theme (themes/tsunagu, the realm's loginTheme) is copied into the dist's themes/ at every start,
# so the dist always serves this checkout's theme; start-dev does not cache themes, so `themes` re-copies an
# edited theme into a running Keycloak without a restart.
install_themes() {
  [[ -d "$KC_HOME/themes" ]] || die "no $KC_HOME/themes (run install)"
  local dir name
  for dir in "$SCRIPT_DIR"/themes/*/; do
    [[ -d "$dir" ]] || continue
    name="$(basename "$dir")"
    rm -rf "${KC_HOME:?}/themes/$name"
    cp -R "$dir" "$KC_HOME/themes/$name"
    log "theme '$name' installed into $KC_HOME/themes"
  done
}

cmd_start() {
  if answers; then
    log "Keycloak already answers at $WELL_KNOWN; applying themes and configure only"
    [[ -d "$KC_HOME/themes" ]] && install_themes
    cmd_configure
    return 0
  fi
  local pid
  if pid="$(running_pid)"; then
    log "Keycloak (pid $pid) is starting; waiting for it"
    wait_until_ready "$pid"
    cmd_configure
    log "ready: $KC_URL/realms/$REALM"
    return 0
  fi
  if port_in_use; then
    die "port $KC_PORT is taken by something that does not serve realm '$REALM'"
  fi

  # One dev instance per dist: start wipes the dist's data/h2, which another port's instance uses.
  local other
  for other in "$CACHE_DIR"/keycloak-*.pid; do
    [[ -e "$other" && "$other" != "$PID_FILE" ]] || continue
    if kill -0 "$(cat "$other" 2>/dev/null || echo x)" 2>/dev/null; then
      die "another Keycloak from this cache is running ($other); stop it first (KC_PORT=$(basename "$other" .pid | sed "s/^keycloak-//") $0 stop)"
    fi
  done

  cmd_install
  local java
  java="$(java_bin)"

  # Realm as code: drop the dev database and stale import files, then import fresh.
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
  mkdir -p "$KC_HOME/data/import"
  local found=0 f
  for f in "$SCRIPT_DIR"/realm-*.json; do
    [[ -e "$f" ]] || continue
    cp "$f" "$KC_HOME/data/import/"
    found=1
  done
  (( found )) || die "no realm-*.json in $SCRIPT_DIR"
  install_themes

  log "starting Keycloak $KC_VERSION on 127.0.0.1:$KC_PORT ($("$java" -version 2>&1 | head -n1)); log: $LOG_FILE"
  : >"$LOG_FILE"
  # setsid: own process group (pid == pgid), so `stop` can end kc.sh and its JVM together.
  # This script is not a job-control shell, so setsid does not fork and $! is the group leader.
  (
    cd "$KC_HOME"
    export KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
    export JAVA="$java"
    exec setsid "$KC_HOME/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$KC_PORT" --hostname="$KC_URL" \
      </dev/null >>"$LOG_FILE" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_until_ready "$pid"
  cmd_configure
  log "ready after ${SECONDS}s: $KC_URL/realms/$REALM (admin console $KC_URL/admin, pid $pid)"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    if answers; then
      log "Keycloak answers on port $KC_PORT but was not started by this script (no live pid file); not touching it"
      return 1
    fi
    log "Keycloak is not running"
    return 0
  fi
  local pgid
  pgid="$(ps -o pgid= -p "$pid" | tr -d ' ' || true)"
  if [[ "$pgid" == "$pid" ]]; then
    kill -TERM -- "-$pid" 2>/dev/null || true
  else
    kill -TERM "$pid" 2>/dev/null || true
  fi
  local i
  for ((i = 0; i < 60; i++)); do
    if ! kill -0 "$pid" 2>/dev/null && { [[ "$pgid" != "$pid" ]] || ! pgrep -g "$pid" >/dev/null 2>&1; }; then
      rm -f "$PID_FILE"
      log "stopped (pid $pid)"
      return 0
    fi
    sleep 0.5
  done
  log "still alive after 30s; sending KILL to pid $pid"
  if [[ "$pgid" == "$pid" ]]; then kill -KILL -- "-$pid" 2>/dev/null || true; else kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PID_FILE"
}

cmd_status() {
  local pid=""
  pid="$(running_pid || true)"
  if answers; then
    echo "running: $KC_URL/realms/$REALM answers${pid:+ (pid $pid)}"
  elif [[ -n "$pid" ]]; then
    echo "starting or unhealthy: pid $pid alive, realm not answering yet (log: $LOG_FILE)"
    return 1
  else
    echo "not running: $WELL_KNOWN does not answer"
    return 3
  fi
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  configure) cmd_configure ;;
  themes) install_themes ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 {install|start|configure|themes|stop|status}" >&2; exit 2 ;;
esac
