#!/usr/bin/env bash
# Durability, measured (docs/durability.md). Concurrent clients sign up over HTTP against the
# release server; at a random moment the server is killed with `kill -9` (no graceful
# shutdown, no chance to flush anything); it is restarted on the same database and every
# sign-up the server acknowledged must be in the `users` table. Several rounds, on SQLite
# and on Postgres.
#
#   scripts/durability.sh [--db sqlite|postgres|both] [--rounds N] [--writers N] [--short]
#
# The same settings as environment variables: DURABILITY_DB, DURABILITY_ROUNDS,
# DURABILITY_WRITERS, DURABILITY_SHORT=1 (1 round, 4 writers, kill after 1.5–2.5 s: the
# version `make durability` runs), DURABILITY_MIN_MS / DURABILITY_MAX_MS (the load before
# the kill, default 1000–4000 ms), CLOTH_BIN (the binary), PG_URL (a Postgres server where
# user postgres may create databases), DURABILITY_KEEP=1 (keep the work directory).
#
# Exit status 0 only if every acknowledged write is found, on every database and round.
# Needs bash, curl, the sqlite3 CLI (SQLite) and psql (Postgres).
set -euo pipefail

# The server reads Leptos.toml and its site root (target/site) relative to the working
# directory, so run from the workspace root wherever we are called from.
cd "$(dirname "$0")/.."

# ---------------------------------------------------------------- settings
db_choice=${DURABILITY_DB:-both}
rounds=${DURABILITY_ROUNDS:-3}
writers=${DURABILITY_WRITERS:-8}
min_ms=${DURABILITY_MIN_MS:-1000}
max_ms=${DURABILITY_MAX_MS:-4000}
short=${DURABILITY_SHORT:-0}
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db_choice=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --writers) writers=$2; shift 2 ;;
    --short) short=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$short" = 1 ]; then
  rounds=1 writers=4 min_ms=1500 max_ms=2500
fi
case "$db_choice" in
  sqlite) databases=(sqlite) ;;
  postgres) databases=(postgres) ;;
  both) databases=(sqlite postgres) ;;
  *) echo "--db must be sqlite, postgres or both, not '$db_choice'" >&2; exit 2 ;;
esac

CLOTH_BIN=${CLOTH_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/cloth-target}/release/cloth}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
if [ ! -x "$CLOTH_BIN" ]; then
  echo "no release binary at $CLOTH_BIN: run 'make build' first" >&2
  exit 1
fi
# curl 7.84 or newer (for %header{location}); the database's own client to check the rows.
needed=(curl)
for kind in "${databases[@]}"; do
  case "$kind" in sqlite) needed+=(sqlite3) ;; postgres) needed+=(psql) ;; esac
done
for tool in "${needed[@]}"; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install -y $tool)" >&2; exit 1; }
done

# Every email this run sends starts with this, so the check can ask the database for exactly
# our rows (and notice rows that no writer ever sent).
run_id="$$-$RANDOM"
prefix="dur-$run_id-"
work=$(mktemp -d "${TMPDIR:-/tmp}/cloth-durability.XXXXXX")

# The server's environment. High sign-in limits: every writer comes from 127.0.0.1. Demo
# data is left to the defaults (SQLite loads it into an empty file, Postgres is seeded).
export LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD RUST_LOG=warn
export CLOTH_SIGN_IN_PER_IP_PER_MINUTE=100000 CLOTH_SIGN_IN_PER_EMAIL_PER_MINUTE=100000
unset CLOTH_DATABASE_URL CLOTH_DEMO_DATA

# ---------------------------------------------------------------- clean-up
server_pid=""
start_ms=0
writer_pids=()
pg_db=""
failed=0
cleanup() {
  [ $? -eq 0 ] || failed=1
  # Only the processes this script started, by their ids.
  touch "$work/stop" 2>/dev/null || true
  for pid in "${writer_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$pg_db" ]; then
    psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ "${DURABILITY_KEEP:-0}" = 1 ] || [ "$failed" = 1 ]; then
    echo "work directory kept: $work (server logs, per-writer email lists)"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- helpers
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
ms_to_s() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }

# A port nobody listens on (bash's /dev/tcp connects, or fails when the port is free).
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# Starts the server on $DATABASE_URL and waits until /healthz answers 200; sets server_pid
# and start_ms (how long that took). Not called in $(...): the server must be our child.
start_server() {
  local log=$1 started
  started=$(now_ms)
  "$CLOTH_BIN" >>"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 1800); do # 180 s: the first start on SQLite loads the demo alliance
    if curl -fsS -o /dev/null --max-time 2 "http://$addr/healthz" 2>/dev/null; then
      start_ms=$(( $(now_ms) - started ))
      return 0
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server exited during start-up; the end of $log:" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "the server did not answer /healthz within 180 s; the end of $log:" >&2
  tail -n 20 "$log" >&2
  return 1
}

# One writer: signs up new accounts, one after the other, until the stop file appears.
# Why sign-ups: each acknowledged one leaves exactly one `users` row with an email nobody
# else uses, so "is it there?" is one lookup. The request is the form a browser without
# JavaScript posts (Accept: text/html, same-origin headers for server/src/cross_origin.rs).
# Then the answer is unambiguous: success is a 302 to /organisations/<slug>/edit?welcome=1
# (after the transaction committed and the session was stored); a rejection is a redirect
# back to the Referer with ?__err=..., anything else is a status, and a killed server gives
# no status at all (curl prints 000): "cut-off" if the request was in flight at the kill,
# "refused" if it came after.
#
# Each email is written to attempted.<w> before it is sent and to acked.<w> once the server
# acknowledged it; outcomes.<w> gets one word per request for the summary.
writer() {
  local w=$1 round=$2 dir=$3 n=0 email org out code location rc
  local password=durability-pass-2026
  while [ ! -e "$work/stop" ]; do
    n=$((n + 1))
    email="${prefix}r$round-w$w-$n@durability.example"
    org="Durability $run_id r$round w$w n$n" # unique: no two sign-ups race for one slug
    echo "$email" >>"$dir/attempted.$w"
    # `|| rc=$?`: a refused or cut connection is an expected outcome here, not an error.
    rc=0
    out=$(curl -sS -o /dev/null --max-time 30 -w '%{http_code} %header{location}' \
      -H 'Accept: text/html' -H 'Sec-Fetch-Site: same-origin' -H "Referer: http://$addr/sign-up" \
      -H 'Content-Type: application/x-www-form-urlencoded' \
      --data-urlencode "form[name]=Durability Writer $w" \
      --data-urlencode "form[email]=$email" \
      --data-urlencode "form[password]=$password" \
      --data-urlencode "form[org_name]=$org" \
      --data-urlencode 'form[org_kind]=sme' \
      --data-urlencode 'form[country]=SI' \
      --data-urlencode 'form[city]=Ljubljana' \
      "http://$addr/api/session/sign_up" 2>/dev/null) || rc=$?
    code=${out%% *}
    location=${out#* }
    # Counted as acknowledged as soon as the status line and Location arrived, even if the
    # connection broke afterwards: the client has seen "done", so the row must exist.
    if [[ "$code" =~ ^30[23]$ && "$location" =~ ^(http://$addr)?/organisations/[^/?]+/edit\?welcome=1$ ]]; then
      echo "$email" >>"$dir/acked.$w"
      echo acked >>"$dir/outcomes.$w"
    elif [ "$rc" = 7 ]; then
      echo refused >>"$dir/outcomes.$w" # curl 7: nobody listening, the server is down
      sleep 0.05                        # do not spin
    elif [ "$code" = 000 ] || [ -z "$code" ]; then
      echo cut-off >>"$dir/outcomes.$w" # sent, then the connection died: in flight at the kill
    elif [[ "$location" == *__err=* ]]; then
      echo rejected >>"$dir/outcomes.$w"
    else
      echo "http-$code" >>"$dir/outcomes.$w"
    fi
  done
}

# The run's emails present in the database, one per line as "email|has-organisation", sorted.
# The join also checks atomicity: a sign-up writes the organisation and the user in one
# transaction, so a user without its organisation would be a torn write.
query_present() {
  local sql="SELECT u.email || '|' || CASE WHEN o.id IS NULL THEN 0 ELSE 1 END
             FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
             WHERE u.email LIKE '${prefix}%'"
  case "$1" in
    sqlite) sqlite3 -readonly -cmd '.timeout 10000' "$sqlite_file" "$sql" ;;
    postgres) psql "$DATABASE_URL" -qtAc "$sql" ;;
  esac | sed '/^$/d' | LC_ALL=C sort
}

# ---------------------------------------------------------------- one database
summary=()
run_database() {
  local kind=$1 dir="$work/$1"
  mkdir -p "$dir"
  addr="127.0.0.1:$(free_port)"
  export LEPTOS_SITE_ADDR=$addr
  case "$kind" in
    sqlite)
      sqlite_file="$dir/cloth.db"
      export DATABASE_URL="sqlite://$sqlite_file?mode=rwc"
      ;;
    postgres)
      # A fresh database of its own, dropped by the EXIT trap.
      pg_db="cloth_durability_$$"
      psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1
      psql "$PG_URL/postgres" -qc "CREATE DATABASE $pg_db" >/dev/null
      export DATABASE_URL="$PG_URL/$pg_db"
      "$CLOTH_BIN" migrate >>"$dir/server.log" 2>&1
      "$CLOTH_BIN" seed >>"$dir/server.log" 2>&1
      ;;
  esac
  echo "== $kind: $rounds round(s), $writers writers, kill -9 after ${min_ms}–${max_ms} ms of load, server on $addr"

  start_server "$dir/server.log"
  echo "   first start (migrations$([ "$kind" = sqlite ] && echo ', demo data')): $(ms_to_s "$start_ms") s"

  local total_load_ms=0 round
  for round in $(seq 1 "$rounds"); do
    local rdir="$dir/round$round"
    mkdir -p "$rdir"
    rm -f "$work/stop"
    writer_pids=()
    local load_started kill_after_ms
    load_started=$(now_ms)
    for w in $(seq 1 "$writers"); do
      writer "$w" "$round" "$rdir" &
      writer_pids+=($!)
    done
    # The kill lands at a random moment of the load, so it can hit a request anywhere
    # between parsing, hashing the password, the transaction and the response.
    kill_after_ms=$(( min_ms + RANDOM % (max_ms - min_ms + 1) ))
    sleep "$(ms_to_s "$kill_after_ms")"
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server died under load before the kill; the end of $dir/server.log:" >&2
      tail -n 20 "$dir/server.log" >&2
      exit 1
    fi
    kill -9 "$server_pid"
    local load_ms=$(( $(now_ms) - load_started ))
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    # Let the writers run into the dead server (their in-flight requests fail, new ones are
    # refused: none of those is acknowledged), then stop them.
    sleep 0.5
    touch "$work/stop"
    for pid in "${writer_pids[@]}"; do wait "$pid" || true; done
    writer_pids=()
    total_load_ms=$(( total_load_ms + load_ms ))

    # Restart on the same database; then check everything acknowledged so far, this round's
    # writes and every earlier round's (a later crash must not lose older writes either).
    start_server "$dir/server.log"
    cat "$rdir"/acked.* 2>/dev/null | LC_ALL=C sort -u >"$rdir/acked" || true
    cat "$dir"/round*/acked.* 2>/dev/null | LC_ALL=C sort -u >"$dir/acked" || true
    cat "$dir"/round*/attempted.* 2>/dev/null | LC_ALL=C sort -u >"$dir/attempted" || true
    query_present "$kind" >"$dir/present.rows"
    cut -d'|' -f1 "$dir/present.rows" >"$dir/present"
    local round_acked outcomes
    round_acked=$(wc -l <"$rdir/acked")
    outcomes=$(cat "$rdir"/outcomes.* 2>/dev/null | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}')
    echo "   round $round: killed after $(ms_to_s "$load_ms") s of load; $round_acked acknowledged;" \
      "requests: $outcomes; back up in $(ms_to_s "$start_ms") s"
  done

  # The verdict, over all rounds.
  local acked attempted found missing unacked_present stray torn rate
  acked=$(wc -l <"$dir/acked")
  attempted=$(wc -l <"$dir/attempted")
  found=$(LC_ALL=C comm -12 "$dir/acked" "$dir/present" | wc -l)
  LC_ALL=C comm -23 "$dir/acked" "$dir/present" >"$dir/missing"
  missing=$(wc -l <"$dir/missing")
  # Sent, never acknowledged, yet stored: the crash came after the commit and before the
  # client read the answer. Allowed (the client cannot know, a retry would say "email taken").
  unacked_present=$(LC_ALL=C comm -13 "$dir/acked" "$dir/present" | LC_ALL=C comm -12 - "$dir/attempted" | wc -l)
  # Present but never sent by a writer: impossible unless this script is wrong.
  stray=$(LC_ALL=C comm -23 "$dir/present" "$dir/attempted" | wc -l)
  torn=$(grep -c '|0$' "$dir/present.rows" || true)
  rate=$(awk -v n="$acked" -v ms="$total_load_ms" 'BEGIN { printf "%.1f", (ms > 0 ? n * 1000 / ms : 0) }')
  echo "   $kind: rounds $rounds, attempted $attempted, acknowledged $acked, found $found, missing $missing," \
    "unacknowledged-but-present $unacked_present, users without their organisation $torn, $rate acknowledged writes/s"
  # What the server logged as errors (a rejected write is no loss, but it is worth seeing):
  # ANSI colours, timestamps and per-request references stripped, identical lines counted.
  sed -e 's/\x1b\[[0-9;]*m//g' "$dir/server.log" | grep -E '^[^ ]+ +(ERROR|WARN)' |
    sed -E -e 's/^[^ ]+ +//' -e 's/error\.reference=[0-9a-f]+ //' | sort | uniq -c | sort -rn | head -n 5 |
    sed 's/^/   server log: /' || true
  if [ "$missing" -gt 0 ]; then
    echo "   MISSING acknowledged writes on $kind (first 20 of $missing; all in $dir/missing):"
    head -n 20 "$dir/missing" | sed 's/^/     /'
  fi
  summary+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$kind" "$rounds" "$writers" \
    "$attempted" "$acked" "$found" "$missing" "$unacked_present" "$rate")")
  # Any of these fails the run (the work directory is kept for a look).
  [ "$missing" -eq 0 ] || failed=1
  [ "$torn" -eq 0 ] || { echo "   $torn user(s) without their organisation: a torn sign-up" >&2; failed=1; }
  [ "$stray" -eq 0 ] || { echo "   $stray row(s) no writer sent: this script is wrong" >&2; failed=1; }
  for round in $(seq 1 "$rounds"); do
    if [ ! -s "$dir/round$round/acked" ]; then
      echo "   round $round acknowledged nothing: it measured nothing (see $dir/server.log)" >&2
      failed=1
    fi
  done

  # A clean stop, so the next database (or the trap) starts from nothing.
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  if [ "$kind" = postgres ]; then
    psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null
    pg_db=""
  fi
}

for kind in "${databases[@]}"; do
  run_database "$kind"
done

echo
echo '| database | rounds | writers | attempted | acknowledged | found | missing | unacknowledged but present | acknowledged writes/s |'
echo '|---|---|---|---|---|---|---|---|---|'
printf '%s\n' "${summary[@]}"
if [ "$failed" = 1 ]; then
  echo "FAILED: see above" >&2
  exit 1
fi
echo "Every acknowledged write survived kill -9."
