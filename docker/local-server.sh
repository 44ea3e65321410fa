# Process handling shared by docker/neo4j-local.sh, fuseki-local.sh and corenlp-local.sh: sourced,
# never run. It only defines functions, so a script sources it first and then sets, before any of
# them runs:
#   SERVER        name used in messages (neo4j-local, fuseki-local, corenlp-local)
#   MAIN_CLASS    the Java main class the server runs under
#   CACHE_DIR, STATE_DIR, then `java_and_dirs PREFIX` (JAVA, MVN; both dirs made absolute)
#   STATE_MARKER  a JVM option naming the state dir, "-Dkg.NAME.state=$STATE_DIR"; with MAIN_CLASS
#                 it tells this state dir's server from any other java process
#   PID_FILE, STATE_FILE, LOG_FILE, BUILD_LOG, LOCK_FILE
#   STOP_TIMEOUT  seconds to wait for a clean stop before SIGKILL
# and defines print_env (the KEY=VALUE lines of a running server), clean_state (remove what a
# stopped server leaves) and cmd_start; it may define fail_details (more to print when a start
# fails). It ends with `dispatch "$@"`.

# java_and_dirs PREFIX: JAVA from ${PREFIX}_JAVA, else $JAVA_HOME/bin/java, else java on the PATH;
# MVN from ${PREFIX}_MVN, else mvn; CACHE_DIR and STATE_DIR made absolute (they are matched
# against the server's command line).
java_and_dirs() {
  local java_var="${1}_JAVA" mvn_var="${1}_MVN"
  if [[ -n "${!java_var:-}" ]]; then
    JAVA="${!java_var}"
  elif [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
  else
    JAVA="java"
  fi
  MVN="${!mvn_var:-mvn}"
  [[ "$CACHE_DIR" == /* ]] || CACHE_DIR="$PWD/$CACHE_DIR"
  [[ "$STATE_DIR" == /* ]] || STATE_DIR="$PWD/$STATE_DIR"
}

# free_port: a TCP port free on 127.0.0.1 now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

log() { printf '%s: %s\n' "$SERVER" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# usage: the sourcing script's header comment, from line 2 up to `set -euo`.
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; }

# now_ms: milliseconds since the epoch (bash 5 has EPOCHREALTIME).
now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    echo $((t / 1000))
  else
    echo $(($(date +%s) * 1000))
  fi
}

init_state_dir() {
  mkdir -p "$STATE_DIR"
  # Keep the default in-repo state dir out of git without touching .gitignore.
  [[ -f "$STATE_DIR/.gitignore" ]] || printf '*\n' >"$STATE_DIR/.gitignore"
}

# Serialise start/stop of one state dir (fd 9; never inherited by java).
take_lock() {
  exec 9>"$LOCK_FILE"
  flock -w 600 9 || die "could not lock $LOCK_FILE"
}

# pid_alive PID: running (a zombie left unreaped by a foreign parent counts as gone).
pid_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  local st
  st="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [[ "$st" != Z* ]]
}

# is_our_server PID: PID is alive and is the server of THIS state dir.
is_our_server() {
  local pid="$1" args
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    args="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  else
    args="$(ps -ww -o args= -p "$pid" 2>/dev/null)" || return 1
  fi
  [[ "$args" == *"$MAIN_CLASS"* && "$args" == *"$STATE_MARKER "* ]]
}

read_pid() {
  if [[ -f "$PID_FILE" ]]; then
    tr -dc '0-9' <"$PID_FILE"
  fi
  return 0
}

running_pid() {
  local pid
  pid="$(read_pid)"
  if [[ -n "$pid" && -f "$STATE_FILE" ]] && is_our_server "$pid"; then
    echo "$pid"
    return 0
  fi
  return 1
}

# stop_pid PID: SIGTERM, wait for exit (shutdown hook), SIGKILL on timeout.
stop_pid() {
  local pid="$1" deadline
  kill -TERM "$pid" 2>/dev/null || return 0
  deadline=$(( $(now_ms) + STOP_TIMEOUT * 1000 ))
  while pid_alive "$pid"; do
    if (( $(now_ms) > deadline )); then
      log "pid $pid did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
  done
}

# stop_stale: stop the leftover of a crashed or half-started run, then clear its state.
stop_stale() {
  local stale
  stale="$(read_pid)"
  if [[ -n "$stale" ]] && is_our_server "$stale"; then
    log "stopping half-started server (pid $stale)"
    stop_pid "$stale"
  fi
  clean_state
}

port_answers() { # port_answers PORT: something accepts TCP connections on 127.0.0.1:PORT
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

fail_start() { # fail_start PID MESSAGE: say why, show the log's tail, stop PID, clear the state
  local pid="$1"
  shift
  log "error: $*"
  if [[ -f "$LOG_FILE" ]]; then
    log "---- last lines of $LOG_FILE ----"
    tail -n 40 "$LOG_FILE" >&2 || true
  fi
  if declare -F fail_details >/dev/null; then
    fail_details
  fi
  if [[ -n "$pid" ]] && pid_alive "$pid"; then
    stop_pid "$pid"
  fi
  clean_state
  exit 1
}

# maven_fetch POM PROPERTY DEST JAR_GLOB WHAT: once per POM, `mvn package` with -DPROPERTY=<a
# temporary folder> into DEST (cache-locked, atomic: DEST/.complete marks a finished fetch) and
# checks that a jar matching JAR_GLOB came out.
maven_fetch() {
  local pom="$1" property="$2" dest="$3" jar="$4" what="$5" tmp
  [[ -f "$dest/.complete" ]] && return 0
  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/build.lock"
  flock -w 900 8 || die "could not lock $CACHE_DIR/build.lock"
  if [[ ! -f "$dest/.complete" ]]; then
    command -v "$MVN" >/dev/null 2>&1 || die "maven ('$MVN') not found; it is needed once to fetch $what"
    log "fetching $what into $dest (first time: from Maven Central) ..."
    tmp="$dest.$$.tmp"
    rm -rf "$tmp"
    if ! "$MVN" -B -q -f "$pom" "-D$property=$tmp" package </dev/null >"$BUILD_LOG" 2>&1 8>&- 9>&-; then
      tail -n 40 "$BUILD_LOG" >&2 || true
      rm -rf "$tmp" "$(dirname "$pom")/target"
      die "$what fetch failed (full log: $BUILD_LOG)"
    fi
    rm -rf "$(dirname "$pom")/target"
    compgen -G "$tmp/$jar" >/dev/null || die "$what fetch produced no $jar in $tmp"
    touch "$tmp/.complete"
    rm -rf "$dest"
    mv "$tmp" "$dest"
  fi
  exec 8>&-
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

dispatch() {
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
}
