#!/usr/bin/env bash
# Run a real Stanford CoreNLP 4.5.7 server (StanfordCoreNLPServer, English + KBP models) for the
# optional CoreNLP engine and its benchmark -- no Docker needed, only Java 17+ and Maven (the first
# start fetches CoreNLP from Maven Central into ~/.m2 and a cache folder). Modelled on
# fuseki-local.sh. CoreNLP is GPL-3.0; kg talks to it over HTTP only.
#
# Usage: docker/corenlp-local.sh start|stop|status
#
#   start   Fetch CoreNLP if needed, start the server in the background and wait until it
#           answers /ready. Prints
#               KG_CORENLP_URL=http://127.0.0.1:PORT
#           on stdout (nothing else). If it is already running, prints the same line and exits 0.
#           Models load lazily on the first request of an annotator set (kbp and coref take
#           about a minute and several GB the first time).
#   stop    SIGTERM the server, wait for it to exit, remove its pid/state files. Exits 0 also
#           when it was not running.
#   status  Prints the same line and exits 0 if running; exits 3 if not.
#
# The server itself listens on every interface (CoreNLP has no bind-address option); clients
# use the loopback address printed above.
#
# Environment (all optional):
#   KG_CORENLP_PORT            HTTP port (default 0: a free port)
#   KG_CORENLP_STATE           state dir: pid, state.env, log (default <repo>/.corenlp-local)
#   KG_CORENLP_CACHE           jar cache (default $HOME/.cache/kg-corenlp)
#   KG_CORENLP_HEAP            JVM max heap (default 6g: coref + kbp need about 5g)
#   KG_CORENLP_THREADS         server worker threads (default 2; they share the models)
#   KG_CORENLP_START_TIMEOUT   seconds to wait for HTTP (default 180)
#   KG_CORENLP_STOP_TIMEOUT    seconds to wait for a clean stop before SIGKILL (default 30)
#   JAVA_HOME / KG_CORENLP_JAVA, KG_CORENLP_MVN   java and mvn to use
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
# shellcheck source=docker/local-server.sh
source "$SCRIPT_DIR/local-server.sh"
POM="$SCRIPT_DIR/launcher-corenlp/pom.xml"
MAIN_CLASS="edu.stanford.nlp.pipeline.StanfordCoreNLPServer"

CACHE_DIR="${KG_CORENLP_CACHE:-${HOME:-/tmp}/.cache/kg-corenlp}"
STATE_DIR="${KG_CORENLP_STATE:-$REPO_ROOT/.corenlp-local}"
PORT="${KG_CORENLP_PORT:-0}"
HEAP="${KG_CORENLP_HEAP:-6g}"
THREADS="${KG_CORENLP_THREADS:-2}"
START_TIMEOUT="${KG_CORENLP_START_TIMEOUT:-180}"
STOP_TIMEOUT="${KG_CORENLP_STOP_TIMEOUT:-30}"
java_and_dirs KG_CORENLP

PID_FILE="$STATE_DIR/corenlp.pid"
STATE_FILE="$STATE_DIR/state.env"
LOG_FILE="$STATE_DIR/corenlp.log"
BUILD_LOG="$STATE_DIR/build.log"
LOCK_FILE="$STATE_DIR/lock"

SERVER="corenlp-local"
STATE_MARKER="-Dkg.corenlp.state=$STATE_DIR"

print_env() { grep -E '^KG_CORENLP_URL=' "$STATE_FILE"; }

clean_state() { rm -f "$PID_FILE" "$STATE_FILE"; }

http_ready() { # http_ready PORT: the server's /ready answers 200
  python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/ready", timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
PY
}

cmd_start() {
  init_state_dir
  take_lock
  if running_pid >/dev/null; then
    print_env
    return 0
  fi
  stop_stale
  command -v "$JAVA" >/dev/null 2>&1 || die "java ('$JAVA') not found; Java 17+ is needed"
  JAR_DIR="$CACHE_DIR/corenlp-$(sha256sum "$POM" | cut -c1-16)"
  maven_fetch "$POM" kg.corenlp.dir "$JAR_DIR" "stanford-corenlp-*-models-english-kbp.jar" \
    "Stanford CoreNLP"

  local port="$PORT" pid waited=0
  [[ "$port" == 0 ]] && port="$(free_port)"
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  setsid "$JAVA" "$STATE_MARKER" "-Xmx$HEAP" -cp "$JAR_DIR/*" "$MAIN_CLASS" \
    -port "$port" -threads "$THREADS" -timeout 600000 -maxCharLength 200000 -quiet \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  until port_answers "$port" && http_ready "$port"; do
    pid_alive "$pid" || fail_start "" "CoreNLP exited before HTTP was ready"
    (( waited < START_TIMEOUT * 2 )) || fail_start "$pid" "HTTP not ready within ${START_TIMEOUT}s"
    sleep 0.5
    waited=$((waited + 1))
  done
  is_our_server "$pid" || fail_start "$pid" "pid $pid is not our CoreNLP server"
  echo "KG_CORENLP_URL=http://127.0.0.1:$port" >"$STATE_FILE.tmp"
  mv "$STATE_FILE.tmp" "$STATE_FILE"
  log "CoreNLP up at http://127.0.0.1:$port (pid $pid) in $((waited / 2))s; log: $LOG_FILE"
  print_env
}

dispatch "$@"
