#!/usr/bin/env bash
# Run a real Apache Jena Fuseki 5.6 server (jena-fuseki-main) with one in-memory dataset on a
# loopback port, for tests and CI -- no Docker needed, only Java 17+ and Maven (the first start
# fetches Fuseki from Maven Central into ~/.m2 and a cache folder). Modelled on neo4j-local.sh.
#
# Usage: docker/fuseki-local.sh start|stop|status
#
#   start   Fetch Fuseki if needed, start it in the background with an empty in-memory
#           dataset and wait until HTTP answers. Prints
#               FUSEKI_URL=http://127.0.0.1:PORT/kg
#               FUSEKI_USERNAME=kg
#               FUSEKI_PASSWORD=...
#           on stdout (nothing else). The dataset's endpoints are FUSEKI_URL/data (Graph Store
#           Protocol, read-write), /query and /update; HTTP basic auth is always on. If it is
#           already running, prints the same lines and exits 0.
#   stop    SIGTERM the server, wait for it to exit, remove its pid/state files. Exits 0 also
#           when it was not running. The dataset is in memory: stopping drops it.
#   status  Prints the same lines and exits 0 if running; exits 3 if not.
#
# Environment (all optional):
#   KG_FUSEKI_LOCAL_PASSWORD  password of user kg (default kg-local-password)
#   KG_FUSEKI_PORT            HTTP port (default 0: a free port)
#   KG_FUSEKI_DATASET         dataset name (default kg)
#   KG_FUSEKI_STATE           state dir: pid, state.env, passwd, log (default <repo>/.fuseki-local)
#   KG_FUSEKI_CACHE           jar cache (default $HOME/.cache/kg-fuseki)
#   KG_FUSEKI_HEAP            JVM max heap (default 1g: 256m GC-thrashes at 200k triples)
#   KG_FUSEKI_START_TIMEOUT   seconds to wait for HTTP (default 120)
#   KG_FUSEKI_STOP_TIMEOUT    seconds to wait for a clean stop before SIGKILL (default 30)
#   JAVA_HOME / KG_FUSEKI_JAVA, KG_FUSEKI_MVN   java and mvn to use
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
POM="$SCRIPT_DIR/launcher-fuseki/pom.xml"
MAIN_CLASS="org.apache.jena.fuseki.main.cmds.FusekiMainCmd"

CACHE_DIR="${KG_FUSEKI_CACHE:-${HOME:-/tmp}/.cache/kg-fuseki}"
STATE_DIR="${KG_FUSEKI_STATE:-$REPO_ROOT/.fuseki-local}"
PASSWORD="${KG_FUSEKI_LOCAL_PASSWORD:-kg-local-password}"
USERNAME="kg"
DATASET="${KG_FUSEKI_DATASET:-kg}"
PORT="${KG_FUSEKI_PORT:-0}"
HEAP="${KG_FUSEKI_HEAP:-1g}"
START_TIMEOUT="${KG_FUSEKI_START_TIMEOUT:-120}"
STOP_TIMEOUT="${KG_FUSEKI_STOP_TIMEOUT:-30}"
if [[ -n "${KG_FUSEKI_JAVA:-}" ]]; then
  JAVA="$KG_FUSEKI_JAVA"
elif [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="java"
fi
MVN="${KG_FUSEKI_MVN:-mvn}"
[[ "$CACHE_DIR" == /* ]] || CACHE_DIR="$PWD/$CACHE_DIR"
[[ "$STATE_DIR" == /* ]] || STATE_DIR="$PWD/$STATE_DIR"
[[ "$DATASET" =~ ^[A-Za-z0-9_-]+$ ]] || { echo "fuseki-local: error: bad dataset name" >&2; exit 1; }

PID_FILE="$STATE_DIR/fuseki.pid"
STATE_FILE="$STATE_DIR/state.env"
PASSWD_FILE="$STATE_DIR/passwd"
LOG_FILE="$STATE_DIR/fuseki.log"
BUILD_LOG="$STATE_DIR/build.log"
LOCK_FILE="$STATE_DIR/lock"

log() { printf 'fuseki-local: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; }

init_state_dir() {
  mkdir -p "$STATE_DIR"
  [[ -f "$STATE_DIR/.gitignore" ]] || printf '*\n' >"$STATE_DIR/.gitignore"
}

take_lock() {
  exec 9>"$LOCK_FILE"
  flock -w 300 9 || die "could not lock $LOCK_FILE"
}

pid_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  local st
  st="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [[ "$st" != Z* ]]
}

# is_our_server PID: PID is alive and is the Fuseki of THIS state dir.
is_our_server() {
  local pid="$1" args
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" || return 1
  args="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$args" == *"$MAIN_CLASS"* && "$args" == *"-Dkg.fuseki.state=$STATE_DIR "* ]]
}

read_pid() { [[ -f "$PID_FILE" ]] && tr -dc '0-9' <"$PID_FILE"; return 0; }

running_pid() {
  local pid
  pid="$(read_pid)"
  [[ -n "$pid" && -f "$STATE_FILE" ]] && is_our_server "$pid" && echo "$pid"
}

print_env() { grep -E '^FUSEKI_(URL|USERNAME|PASSWORD)=' "$STATE_FILE"; }

# Sets JAR_DIR to a folder holding jena-fuseki-main and its runtime dependencies.
ensure_fetched() {
  local hash tmp
  hash="$(sha256sum "$POM" | cut -c1-16)"
  JAR_DIR="$CACHE_DIR/fuseki-$hash"
  [[ -f "$JAR_DIR/.complete" ]] && return 0
  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/build.lock"
  flock -w 600 8 || die "could not lock $CACHE_DIR/build.lock"
  if [[ ! -f "$JAR_DIR/.complete" ]]; then
    command -v "$MVN" >/dev/null 2>&1 || die "maven ('$MVN') not found; it is needed once to fetch Fuseki"
    log "fetching Apache Jena Fuseki into $JAR_DIR (first time: from Maven Central) ..."
    tmp="$CACHE_DIR/.fuseki-$hash.$$"
    rm -rf "$tmp"
    if ! "$MVN" -B -q -f "$POM" -Dkg.fuseki.dir="$tmp" package </dev/null >"$BUILD_LOG" 2>&1 8>&- 9>&-; then
      tail -n 40 "$BUILD_LOG" >&2 || true
      rm -rf "$tmp" "$SCRIPT_DIR/launcher-fuseki/target"
      die "Fuseki fetch failed (full log: $BUILD_LOG)"
    fi
    rm -rf "$SCRIPT_DIR/launcher-fuseki/target"
    ls "$tmp"/jena-fuseki-main-*.jar >/dev/null 2>&1 || die "fetch produced no jena-fuseki-main jar in $tmp"
    touch "$tmp/.complete"
    rm -rf "$JAR_DIR"
    mv "$tmp" "$JAR_DIR"
  fi
  exec 8>&-
}

stop_pid() {
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while pid_alive "$pid"; do
    if (( waited >= STOP_TIMEOUT * 10 )); then
      log "pid $pid did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

clean_state() { rm -f "$PID_FILE" "$STATE_FILE" "$PASSWD_FILE"; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

http_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fail_start() {
  local pid="$1"
  shift
  log "error: $*"
  [[ -f "$LOG_FILE" ]] && { log "---- last lines of $LOG_FILE ----"; tail -n 30 "$LOG_FILE" >&2 || true; }
  [[ -n "$pid" ]] && pid_alive "$pid" && stop_pid "$pid"
  clean_state
  exit 1
}

cmd_start() {
  init_state_dir
  take_lock
  if running_pid >/dev/null; then
    print_env
    return 0
  fi
  local stale
  stale="$(read_pid)"
  if [[ -n "$stale" ]] && is_our_server "$stale"; then
    log "stopping half-started server (pid $stale)"
    stop_pid "$stale"
  fi
  clean_state
  command -v "$JAVA" >/dev/null 2>&1 || die "java ('$JAVA') not found; Java 17+ is needed"
  ensure_fetched

  local port="$PORT" pid waited=0
  [[ "$port" == 0 ]] && port="$(free_port)"
  # Jetty's password file: "user: password". Never on a command line, never in the log.
  (umask 077 && printf '%s: %s\n' "$USERNAME" "$PASSWORD" >"$PASSWD_FILE")
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  setsid "$JAVA" "-Dkg.fuseki.state=$STATE_DIR" -Xms32m "-Xmx$HEAP" -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1 -cp "$JAR_DIR/*" "$MAIN_CLASS" \
    --localhost --port "$port" --auth=basic "--passwd=$PASSWD_FILE" --mem --update "/$DATASET" \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  until http_answers "$port"; do
    pid_alive "$pid" || fail_start "" "Fuseki exited before HTTP was ready"
    (( waited < START_TIMEOUT * 10 )) || fail_start "$pid" "HTTP not ready within ${START_TIMEOUT}s"
    sleep 0.1
    waited=$((waited + 1))
  done
  is_our_server "$pid" || fail_start "$pid" "pid $pid is not our Fuseki"
  {
    echo "FUSEKI_URL=http://127.0.0.1:$port/$DATASET"
    echo "FUSEKI_USERNAME=$USERNAME"
    echo "FUSEKI_PASSWORD=$PASSWORD"
  } >"$STATE_FILE.tmp"
  chmod 600 "$STATE_FILE.tmp"
  mv "$STATE_FILE.tmp" "$STATE_FILE"
  log "Fuseki up at http://127.0.0.1:$port/$DATASET (pid $pid) in $((waited / 10))s; log: $LOG_FILE"
  print_env
}

cmd_stop() {
  [[ -d "$STATE_DIR" ]] || return 0
  take_lock
  local pid
  pid="$(read_pid)"
  if [[ -n "$pid" ]] && is_our_server "$pid"; then
    stop_pid "$pid"
    log "stopped (pid $pid)"
  fi
  clean_state
}

cmd_status() {
  if [[ -d "$STATE_DIR" ]] && running_pid >/dev/null; then
    print_env
    return 0
  fi
  log "not running"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h | --help | help) usage ;;
  *)
    usage
    exit 2
    ;;
esac
