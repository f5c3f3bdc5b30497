#!/usr/bin/env bash
# A local Kafka broker for the events other systems may consume (#25 point 2): one KRaft node that is broker and
# controller at once, from org.apache.kafka:kafka_2.13 on Maven Central (no download of a tarball, no ZooKeeper).
#
#   infra/kafka.sh start    # fetch the jars once, format the storage once, start on localhost:9092, create the topics
#   infra/kafka.sh stop
#   infra/kafka.sh status   # running or not, and the topics
#   infra/kafka.sh topics   # create the application's topics (start does it; idempotent)
#   infra/kafka.sh consume TOPIC   # print a topic's records from the start (console consumer; Ctrl-C ends)
#   infra/kafka.sh produce TOPIC   # send lines from stdin as records, key:value (console producer)
#
# Environment:
#   TSUNAGU_CACHE   cache dir (default: $HOME/.cache/tsunagu); jars, data and log under $TSUNAGU_CACHE/kafka
#   KAFKA_PORT      the clients' port (default: 9092); the controller listens on KAFKA_PORT + 1
#   JAVA_HOME       JDK 17 or newer to run the broker with; else infra/jdk.sh picks one
#
# Point the application at it with SPRING_KAFKA_BOOTSTRAP_SERVERS=localhost:9092 (infra/kafka.md).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
CACHE_DIR="${TSUNAGU_CACHE:-$HOME/.cache/tsunagu}"
KAFKA_DIR="$CACHE_DIR/kafka"
LIB="$KAFKA_DIR/lib"
DATA="$KAFKA_DIR/data"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT=$((PORT + 1))
PID_FILE="$KAFKA_DIR/kafka-$PORT.pid"
LOG_FILE="$KAFKA_DIR/kafka-$PORT.log"
CONFIG="$KAFKA_DIR/server-$PORT.properties"
BOOTSTRAP="localhost:$PORT"

# The topics of the events that leave the application (jp.tsunagu.kernel.OutboundEvent.topicOf), as infra/kafka.md lists them.
TOPICS=(
  tsunagu.workspace.attendance-month-closed
  tsunagu.wages.wages-month-closed
  tsunagu.employment.payroll-month-closed
  tsunagu.training.placement-made
  tsunagu.training.retention-reached
  tsunagu.sharing.statistics-published
)
PARTITIONS=3

log() { printf '[kafka] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=jdk.sh
source "$SCRIPT_DIR/jdk.sh"
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  tsunagu_pick_jdk
fi
JAVA="$JAVA_HOME/bin/java"

install() {
  if [ -f "$LIB/.complete" ]; then
    return
  fi
  log "fetching org.apache.kafka:kafka_2.13 and its tools from Maven Central into $LIB"
  mkdir -p "$LIB"
  (cd "$ROOT" && ./mvnw -B -q -f infra/kafka/pom.xml dependency:copy-dependencies -DoutputDirectory="$LIB" -DincludeScope=runtime) \
    || die "could not fetch the Kafka jars"
  touch "$LIB/.complete"
}

# the command-line tools: warnings and errors on the terminal, nothing in the broker's log
run_class() {
  "$JAVA" -Xms128m -Xmx512m -Dlog4j2.configurationFile="$KAFKA_DIR/tools-log4j2.properties" -cp "$LIB/*" "$@"
}

configure() {
  mkdir -p "$KAFKA_DIR" "$DATA"
  cat > "$CONFIG" <<CONF
# written by infra/kafka.sh: one node, broker and controller (KRaft)
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$PORT,CONTROLLER://localhost:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA
num.partitions=$PARTITIONS
# one node: every internal topic has one replica
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# as in production: topics are created on purpose (infra/kafka.sh topics), a typo in a topic name fails the send
auto.create.topics.enable=false
# a week of events for consumers that were down
log.retention.hours=168
CONF
  cat > "$KAFKA_DIR/log4j2.properties" <<CONF
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = $LOG_FILE
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.file.ref = file
CONF
  cat > "$KAFKA_DIR/tools-log4j2.properties" <<CONF
status = warn
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %p %m%n
rootLogger.level = warn
rootLogger.appenderRef.console.ref = console
CONF
}

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

format_once() {
  if [ -f "$DATA/meta.properties" ]; then
    return
  fi
  local cluster
  cluster=$(run_class kafka.tools.StorageTool random-uuid | tail -1)
  log "formatting $DATA (cluster $cluster)"
  run_class kafka.tools.StorageTool format -t "$cluster" -c "$CONFIG" >/dev/null
}

topics() {
  local topic
  for topic in "${TOPICS[@]}"; do
    run_class org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
      --topic "$topic" --partitions "$PARTITIONS" --replication-factor 1 >/dev/null
  done
  log "topics: ${TOPICS[*]}"
}

start() {
  if running; then
    log "already running (pid $(cat "$PID_FILE")) on $BOOTSTRAP"
    return
  fi
  install
  configure
  format_once
  log "starting on $BOOTSTRAP (log: $LOG_FILE)"
  nohup "$JAVA" -Xms512m -Xmx1g -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" -cp "$LIB/*" kafka.Kafka "$CONFIG" \
    >>"$KAFKA_DIR/kafka-$PORT.out" 2>&1 &
  echo $! > "$PID_FILE"
  local waited=0
  until run_class org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list >/dev/null 2>&1; do
    running || die "the broker stopped; see $LOG_FILE and $KAFKA_DIR/kafka-$PORT.out"
    waited=$((waited + 2))
    [ "$waited" -lt 90 ] || die "the broker did not answer within 90 s; see $LOG_FILE"
    sleep 2
  done
  topics
  log "ready: SPRING_KAFKA_BOOTSTRAP_SERVERS=$BOOTSTRAP"
}

stop() {
  if ! running; then
    log "not running"
    rm -f "$PID_FILE"
    return
  fi
  local pid
  pid=$(cat "$PID_FILE")
  kill "$pid"
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 30 s; killing $pid"
    kill -9 "$pid"
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if running; then
    log "running (pid $(cat "$PID_FILE")) on $BOOTSTRAP"
    run_class org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list
  else
    log "not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  topics) install; configure; topics ;;
  consume)
    [ -n "${2:-}" ] || die "usage: $0 consume TOPIC"
    install
    run_class org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$BOOTSTRAP" --topic "$2" --from-beginning \
      --formatter-property print.key=true --formatter-property print.headers=true ;;
  produce)
    [ -n "${2:-}" ] || die "usage: $0 produce TOPIC"
    install
    run_class org.apache.kafka.tools.ConsoleProducer --bootstrap-server "$BOOTSTRAP" --topic "$2" \
      --reader-property parse.key=true --reader-property key.separator=: ;;
  *) die "usage: $0 start|stop|status|topics|consume TOPIC|produce TOPIC" ;;
esac
