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
# shellcheck source=docker/local-server.sh
source "$SCRIPT_DIR/local-server.sh"
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
java_and_dirs KG_FUSEKI
[[ "$DATASET" =~ ^[A-Za-z0-9_-]+$ ]] || { echo "fuseki-local: error: bad dataset name" >&2; exit 1; }

PID_FILE="$STATE_DIR/fuseki.pid"
STATE_FILE="$STATE_DIR/state.env"
PASSWD_FILE="$STATE_DIR/passwd"
LOG_FILE="$STATE_DIR/fuseki.log"
BUILD_LOG="$STATE_DIR/build.log"
LOCK_FILE="$STATE_DIR/lock"

SERVER="fuseki-local"
STATE_MARKER="-Dkg.fuseki.state=$STATE_DIR"

print_env() { grep -E '^FUSEKI_(URL|USERNAME|PASSWORD)=' "$STATE_FILE"; }

clean_state() { rm -f "$PID_FILE" "$STATE_FILE" "$PASSWD_FILE"; }

cmd_start() {
  init_state_dir
  take_lock
  if running_pid >/dev/null; then
    print_env
    return 0
  fi
  stop_stale
  command -v "$JAVA" >/dev/null 2>&1 || die "java ('$JAVA') not found; Java 17+ is needed"
  JAR_DIR="$CACHE_DIR/fuseki-$(sha256sum "$POM" | cut -c1-16)"
  maven_fetch "$POM" kg.fuseki.dir "$JAR_DIR" "jena-fuseki-main-*.jar" "Apache Jena Fuseki"

  local port="$PORT" pid waited=0
  [[ "$port" == 0 ]] && port="$(free_port)"
  # Jetty's password file: "user: password". Never on a command line, never in the log.
  (umask 077 && printf '%s: %s\n' "$USERNAME" "$PASSWORD" >"$PASSWD_FILE")
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  setsid "$JAVA" "$STATE_MARKER" -Xms32m "-Xmx$HEAP" -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1 -cp "$JAR_DIR/*" "$MAIN_CLASS" \
    --localhost --port "$port" --auth=basic "--passwd=$PASSWD_FILE" --mem --update "/$DATASET" \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  until port_answers "$port"; do
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

dispatch "$@"
