#!/usr/bin/env bash
# Run a real Neo4j 5.26 Community server (embedded in docker/launcher) with
# Bolt on a loopback port, for tests and CI -- no Docker needed, only Java 17+
# and Maven (first build downloads Neo4j from Maven Central into ~/.m2).
#
# Usage: docker/neo4j-local.sh start|stop|status
#
#   start   Build the launcher if needed, start the server in the background
#           with a fresh, empty data dir and wait until Bolt answers. Prints
#               NEO4J_URI=bolt://127.0.0.1:PORT
#               NEO4J_USERNAME=neo4j
#               NEO4J_PASSWORD=...
#           on stdout (nothing else goes to stdout; values are not quoted, so
#           `eval` is safe only for passwords without shell metacharacters --
#           parsing KEY=VALUE at the first '=' always is). If it is already
#           running, prints the same lines and exits 0.
#   stop    SIGTERM the server, wait for a clean shutdown, remove its pid/state
#           files and data dir. Exits 0 also when it was not running.
#   status  Prints the same lines and exits 0 if running; exits 3 if not.
#
# Environment (all optional):
#   KG_NEO4J_LOCAL_PASSWORD  password of user neo4j (default kg-local-password);
#                            auth is always on
#   KG_NEO4J_PORT            Bolt port (default 0: a free port chosen by the OS)
#   KG_NEO4J_STATE           state dir: pid, state.env, logs, data
#                            (default <repo>/.neo4j-local)
#   KG_NEO4J_CACHE           build cache (default $HOME/.cache/kg-neo4j)
#   KG_NEO4J_HEAP            JVM max heap (default 512m)
#   KG_NEO4J_PAGECACHE       Neo4j page cache (default 64m)
#   KG_NEO4J_TX_MEMORY       Neo4j global transaction memory (default 256m)
#   KG_NEO4J_JAVA_OPTS       extra JVM options (word-split)
#   KG_NEO4J_GC_OPTS         JIT/GC options (default: -XX:+UseSerialGC
#                            -XX:TieredStopAtLevel=1, quick to start and small,
#                            right for tests; bench/ uses -XX:+UseParallelGC, the
#                            full JIT, ~1.5x faster loads once warm)
#   KG_NEO4J_APOC            1: load APOC core (org.neo4j.procedure:apoc-core,
#                            5.26 line, fetched with Maven once) as a plugin;
#                            apoc.* procedures are allowed (default: off)
#   KG_NEO4J_START_TIMEOUT   seconds to wait for Bolt (default 180)
#   KG_NEO4J_STOP_TIMEOUT    seconds to wait for a clean stop before SIGKILL (default 60)
#   JAVA_HOME / KG_NEO4J_JAVA, KG_NEO4J_MVN   java and mvn to use
# Diagnostics go to stderr; the server log is <state>/neo4j.log, the build
# log <state>/build.log, Neo4j's own logs <state>/data.*/logs/.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
# shellcheck source=docker/local-server.sh
source "$SCRIPT_DIR/local-server.sh"
LAUNCHER_DIR="$SCRIPT_DIR/launcher"
MAIN_CLASS="kg.neo4j.KgNeo4jLauncher"

CACHE_DIR="${KG_NEO4J_CACHE:-${HOME:-/tmp}/.cache/kg-neo4j}"
STATE_DIR="${KG_NEO4J_STATE:-$REPO_ROOT/.neo4j-local}"
PASSWORD="${KG_NEO4J_LOCAL_PASSWORD:-kg-local-password}"
USERNAME="neo4j"
PORT="${KG_NEO4J_PORT:-0}"
HEAP="${KG_NEO4J_HEAP:-512m}"
START_TIMEOUT="${KG_NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${KG_NEO4J_STOP_TIMEOUT:-60}"
java_and_dirs KG_NEO4J

PID_FILE="$STATE_DIR/neo4j.pid"
STATE_FILE="$STATE_DIR/state.env"
READY_FILE="$STATE_DIR/ready"
LOG_FILE="$STATE_DIR/neo4j.log"
BUILD_LOG="$STATE_DIR/build.log"
LOCK_FILE="$STATE_DIR/lock"

SERVER="neo4j-local"
STATE_MARKER="-Dkg.neo4j.state=$STATE_DIR"

print_env() {
  grep -E '^NEO4J_(URI|USERNAME|PASSWORD)=' "$STATE_FILE"
}

clean_state() {
  rm -f "$PID_FILE" "$STATE_FILE" "$READY_FILE" "$READY_FILE.tmp"
  local d
  for d in "$STATE_DIR"/data.*; do
    [[ -d "$d" ]] && rm -rf "$d"
  done
  return 0
}

# fail_details: a failed start keeps Neo4j's own debug log and shows its tail.
fail_details() {
  local dbg
  for dbg in "$STATE_DIR"/data.*/logs/debug.log; do
    if [[ -f "$dbg" ]]; then
      cp -f "$dbg" "$STATE_DIR/failed-debug.log" || true
      log "---- last lines of Neo4j debug.log (kept as $STATE_DIR/failed-debug.log) ----"
      tail -n 20 "$dbg" >&2 || true
    fi
  done
}

# ---------------------------------------------------------------- build --
source_hash() {
  (
    cd "$LAUNCHER_DIR"
    find pom.xml src -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
  ) | sha256sum | cut -c1-16
}

# Sets BUILD_DIR to a complete build of the current launcher sources.
ensure_built() {
  local hash tmp t0
  [[ -f "$LAUNCHER_DIR/pom.xml" ]] || die "missing $LAUNCHER_DIR/pom.xml"
  hash="$(source_hash)"
  BUILD_DIR="$CACHE_DIR/launcher-$hash"
  [[ -f "$BUILD_DIR/.complete" ]] && return 0

  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/build.lock"
  flock -w 900 8 || die "could not lock $CACHE_DIR/build.lock"
  if [[ ! -f "$BUILD_DIR/.complete" ]]; then
    command -v "$MVN" >/dev/null 2>&1 || die "maven ('$MVN') not found; it is needed once to build $LAUNCHER_DIR"
    log "building Neo4j launcher into $BUILD_DIR (first time: downloads Neo4j from Maven Central) ..."
    t0="$(now_ms)"
    tmp="$CACHE_DIR/.build-$hash.$$"
    rm -rf "$CACHE_DIR"/.build-*  # leftovers of interrupted builds (we hold the build lock)
    if ! "$MVN" -B -q -f "$LAUNCHER_DIR/pom.xml" -Dkg.build.dir="$tmp" package \
        </dev/null >"$BUILD_LOG" 2>&1 8>&- 9>&-; then
      tail -n 40 "$BUILD_LOG" >&2 || true
      rm -rf "$tmp"
      die "launcher build failed (full log: $BUILD_LOG)"
    fi
    [[ -f "$tmp/kg-neo4j-launcher.jar" && -d "$tmp/lib" ]] || die "build produced no jar/lib in $tmp"
    # Keep only what is needed to run.
    find "$tmp" -mindepth 1 -maxdepth 1 ! -name kg-neo4j-launcher.jar ! -name lib -exec rm -rf {} +
    touch "$tmp/.complete"
    rm -rf "$BUILD_DIR"
    mv "$tmp" "$BUILD_DIR"
    log "built in $(( ($(now_ms) - t0) / 1000 ))s"
    # Drop builds of older launcher sources that no running server uses.
    local old
    if command -v pgrep >/dev/null 2>&1; then
      for old in "$CACHE_DIR"/launcher-*; do
        [[ -d "$old" && "$old" != "$BUILD_DIR" ]] || continue
        pgrep -f -- "$old/kg-neo4j-launcher.jar" >/dev/null 2>&1 || rm -rf "$old"
      done
    fi
  fi
  exec 8>&-
}

# Sets PLUGINS_DIR to a folder holding APOC core and its runtime dependencies.
APOC_DIR="$SCRIPT_DIR/launcher-apoc"
ensure_apoc() {
  PLUGINS_DIR="$CACHE_DIR/apoc-$(sha256sum "$APOC_DIR/pom.xml" | cut -c1-16)"
  maven_fetch "$APOC_DIR/pom.xml" kg.plugins.dir "$PLUGINS_DIR" "apoc-core-*.jar" "APOC core"
}

# ------------------------------------------------------------- commands --
cmd_start() {
  init_state_dir
  take_lock
  if running_pid >/dev/null; then
    print_env
    return 0
  fi

  stop_stale

  command -v "$JAVA" >/dev/null 2>&1 || die "java ('$JAVA') not found; Java 17+ is needed"
  ensure_built
  PLUGINS_DIR=""
  CLASSPATH_="$BUILD_DIR/kg-neo4j-launcher.jar:$BUILD_DIR/lib/*"
  if [[ "${KG_NEO4J_APOC:-0}" == 1 ]]; then
    ensure_apoc
    # As in a Neo4j server install, plugin jars are on the classpath too: APOC's kernel
    # extension (ApocConfig) is found by ServiceLoader there, its procedures in the plugin dir.
    CLASSPATH_="$CLASSPATH_:$PLUGINS_DIR/*"
  fi

  local data_dir t0 pid
  data_dir="$(mktemp -d "$STATE_DIR/data.XXXXXX")"
  t0="$(now_ms)"
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  echo "==== $(date -u '+%Y-%m-%dT%H:%M:%SZ') start: data=$data_dir build=$BUILD_DIR" >"$LOG_FILE"

  local -a gc_opts
  read -r -a gc_opts <<<"${KG_NEO4J_GC_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
  local -a jvm_opts=(
    "$STATE_MARKER"  # marker for is_our_server; keep an option after it
    -Xms64m "-Xmx$HEAP"
    "${gc_opts[@]}"
    -XX:-OmitStackTraceInFastThrow
    -XX:+DisableExplicitGC
    -Djdk.nio.maxCachedBufferSize=1024
    -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/java.lang=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  )
  if [[ -n "${KG_NEO4J_JAVA_OPTS:-}" ]]; then
    # shellcheck disable=SC2206  # word splitting intended
    jvm_opts+=($KG_NEO4J_JAVA_OPTS)
  fi

  # setsid: own session, so the server outlives the calling shell/terminal;
  # all std fds detached so callers capturing our stdout do not hang.
  KG_NEO4J_DATA_DIR="$data_dir" \
  KG_NEO4J_READY_FILE="$READY_FILE" \
  KG_NEO4J_LOCAL_PASSWORD="$PASSWORD" \
  KG_NEO4J_HOST="127.0.0.1" \
  KG_NEO4J_PORT="$PORT" \
  KG_NEO4J_PLUGINS="$PLUGINS_DIR" \
    setsid "$JAVA" "${jvm_opts[@]}" -cp "$CLASSPATH_" "$MAIN_CLASS" \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"

  local deadline uri="" port="" ready_pid=""
  deadline=$(( t0 + START_TIMEOUT * 1000 ))
  while :; do
    if [[ -f "$READY_FILE" ]]; then
      uri="$(sed -n 's/^NEO4J_URI=//p' "$READY_FILE")"
      port="$(sed -n 's/^PORT=//p' "$READY_FILE")"
      ready_pid="$(sed -n 's/^PID=//p' "$READY_FILE")"
      if [[ -n "$port" ]] && port_answers "$port"; then
        break
      fi
    fi
    if ! pid_alive "$pid"; then
      fail_start "" "Neo4j launcher exited before Bolt was ready"
    fi
    if (( $(now_ms) > deadline )); then
      fail_start "$pid" "Bolt not ready within ${START_TIMEOUT}s"
    fi
    sleep 0.2
  done

  # The launcher reports its own pid; it equals $! unless setsid had to fork.
  if [[ -n "$ready_pid" && "$ready_pid" != "$pid" ]]; then
    pid="$ready_pid"
    echo "$pid" >"$PID_FILE"
  fi
  is_our_server "$pid" || fail_start "$pid" "pid $pid is not the launcher"

  {
    echo "NEO4J_URI=$uri"
    echo "NEO4J_USERNAME=$USERNAME"
    echo "NEO4J_PASSWORD=$PASSWORD"
    echo "KG_NEO4J_PID=$pid"
    echo "KG_NEO4J_DATA_DIR=$data_dir"
  } >"$STATE_FILE.tmp"
  mv "$STATE_FILE.tmp" "$STATE_FILE"
  log "Neo4j up at $uri (pid $pid) in $(( ($(now_ms) - t0) / 1000 ))s; log: $LOG_FILE"
  print_env
}

dispatch "$@"
