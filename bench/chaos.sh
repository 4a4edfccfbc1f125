#!/usr/bin/env bash
# Chaos run: two instances of the service on one database (as in production). N times: start a full
# or a thermal sync on one of them against local stand-ins, SIGKILL that instance at a random moment, restart it,
# and check the invariants:
#   1. no half diff: each provider's review rows moved by 0 or by one whole list (5), never by part of it;
#      model counts per provider unchanged (the stand-in lists only new ids);
#   2. the killed sync's row is not 'running' 60 s after the kill, and a new sync of the same type is
#      accepted (202) within 60 s of the kill by the surviving instance (the restarted one is timed too:
#      how long from the kill until it answers again, which on a loaded machine is mostly JVM start-up);
#   3. at the end (after a clean SIGTERM stop): no row is 'running'; every completed sync's
#      RegistrySyncCompleted reached the EventBridge stand-in at least once (delivery is at least once;
#      duplicates are counted), every failed sync's RegistrySyncFailed too.
# Prints the figures and exits non-zero if any invariant broke.
#
#   bench/chaos.sh [N=20]
#
# Needs Java 17, Maven (offline is fine), psql/createdb and PostgreSQL on 127.0.0.1:5432 (trust, user postgres):
# it creates (and drops first) the database chaos_leases. Ports 18090 and 18092 (the two instances) and 18091
# (stand-ins), 127.0.0.1 only; the roles alternate, so one instance restarts while the other works. Defaults of the service's leases are kept (30 s lease, 5 s beat, 5 s sweep), so the figures are those of
# production. CHAOS_SKIP_BUILD=1 reuses target/chaos-classes from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-20}
PORTS=(18090 18092)
STANDIN_PORT=18091
DB=chaos_leases
PG="postgresql://postgres@127.0.0.1:5432"
OUT=target/chaos
TOKEN=chaos-admin-token
PROVIDERS="chaos-a chaos-b chaos-c chaos-d"
PROVIDER_DELAY_MS=1500
SAGEMAKER_DELAY_MS=150
mkdir -p "$OUT"
EVENTS="$OUT/events.jsonl"
: > "$EVENTS"

if [[ "${CHAOS_SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -B -o compile dependency:build-classpath -Dmdep.outputFile=target/chaos-classpath.txt -Dmdep.includeScope=runtime
    # a snapshot, so a build in this worktree during the run cannot change the service under test
    rm -rf target/chaos-classes && cp -r target/classes target/chaos-classes
fi
CP="target/chaos-classes:$(cat target/chaos-classpath.txt)"

q() { psql "$PG/$DB" -XAtq -v ON_ERROR_STOP=1 -c "$1"; }
now_ms() { date +%s%3N; }

dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB" >/dev/null
createdb -h 127.0.0.1 -U postgres "$DB"

java bench/chaos/ChaosStandIn.java "$STANDIN_PORT" "$EVENTS" "$PROVIDER_DELAY_MS" "$SAGEMAKER_DELAY_MS" \
    > "$OUT/standin.log" 2>&1 &
STANDIN=$!
PIDS=("" "")
cleanup() {
    for pid in "${PIDS[@]}"; do [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true; done
    kill "$STANDIN" 2>/dev/null || true
}
trap cleanup EXIT

launch() { # launch <instance 0|1> <log name>: starts the instance, does not wait
    local n=$1
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DATABASE_USER=postgres DATABASE_PASSWORD= \
    SERVER_PORT=${PORTS[$n]} REGISTRY_ADMIN_TOKEN=$TOKEN HOSTNAME=chaos-node-$n \
    AWS_ENDPOINT_URL="http://127.0.0.1:$STANDIN_PORT" AWS_REGION=us-east-1 \
    AWS_ACCESS_KEY_ID=chaos-access-key AWS_SECRET_ACCESS_KEY=chaos-secret-key CHAOS_KEY=sk-chaos-0000 \
    REGISTRY_SCHEDULE_FULL_CRON="0 0 0 1 1 ? 2099" REGISTRY_SCHEDULE_HEALTH_CRON="0 0 0 1 1 ? 2099" \
    REGISTRY_SCHEDULE_THERMAL_CRON="0 0 0 1 1 ? 2099" REGISTRY_SCHEDULE_PRICING_CRON="0 0 0 1 1 ? 2099" \
        java -Xmx512m -XX:TieredStopAtLevel=1 -cp "$CP" io.radiant.registry.RegistryApplication \
        --registry.sync.thermal-after-full=false --registry.events.retry-max-delay-ms=60000 \
        > "$OUT/service-$n-$2.log" 2>&1 &
    PIDS[$n]=$!
}

await_up() { # await_up <instance>: until its health answers UP (max 300 s)
    local n=$1 deadline=$(( $(date +%s) + 300 ))
    until curl -fs "http://127.0.0.1:${PORTS[$n]}/actuator/health" >/dev/null 2>&1; do
        if (( $(date +%s) > deadline )) || ! kill -0 "${PIDS[$n]}" 2>/dev/null; then
            echo "instance $n did not start, see $OUT/service-$n-*.log" >&2; exit 1
        fi
        sleep 0.5
    done
}

# trigger <instance> <type>: POSTs a sync; prints "<http status> <syncId or empty>"
trigger() {
    local body
    body=$(curl -s -o - -w '\n%{http_code}' -X POST "http://127.0.0.1:${PORTS[$1]}/api/v2/admin/registry/sync" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"syncType\":\"$2\"}")
    local code=${body##*$'\n'}
    local json=${body%$'\n'*}
    echo "$code $(jq -r '.syncId // empty' <<<"$json" 2>/dev/null)"
}

counts() { # "provider:reviewRows:models" for each chaos provider
    for p in $PROVIDERS; do
        echo "$p:$(q "SELECT COUNT(*) FROM model_review_queue WHERE provider_id = '$p'"):$(q "SELECT COUNT(*) FROM models WHERE provider_id = '$p'")"
    done
}

wait_end() { # waits until the sync row is no longer running (max 120 s)
    local deadline=$(( $(date +%s) + 120 ))
    while [[ "$(q "SELECT status FROM registry_sync_log WHERE id = '$1'")" == running ]]; do
        (( $(date +%s) > deadline )) && { echo "sync $1 still running after 120 s" >&2; return 1; }
        sleep 0.5
    done
}

launch 0 start; await_up 0
launch 1 start; await_up 1
q "UPDATE providers SET enabled = false"
for p in $PROVIDERS; do
    q "INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env)
       VALUES ('$p', '$p', 'http://127.0.0.1:$STANDIN_PORT/$p/v1', 'openai-compatible', 'CHAOS_KEY')"
done

failures=0
accept_ms=()
restart_ms=()
half_diffs=0
running_after_60=0
declare -A kill_phase=()
printf '%-4s %-8s %-6s %-9s %-20s %-11s %-10s %-9s %s\n' run type victim killAt_ms killedRow accepted_s restart_s halfDiff note
for i in $(seq 1 "$N"); do
    victim=$((i % 2)); survivor=$(( 1 - victim ))
    await_up "$victim"
    type=$([[ $((RANDOM % 2)) == 0 ]] && echo full || echo thermal)
    before=$(counts)
    read -r code sync_id < <(trigger "$victim" "$type")
    if [[ "$code" != 202 ]]; then echo "run $i: trigger answered $code" >&2; failures=$((failures + 1)); continue; fi
    # a random moment from right after the trigger to a little after a full sync's usual end (~2 s)
    kill_at=$((RANDOM % 3000))
    sleep "$(printf '0.%03d' $((kill_at % 1000)))"; sleep $((kill_at / 1000))
    kill -9 "${PIDS[$victim]}"; wait "${PIDS[$victim]}" 2>/dev/null || true
    killed_ms=$(now_ms)
    launch "$victim" "$i"
    phase=$(q "SELECT status FROM registry_sync_log WHERE id = '$sync_id'")
    kill_phase[$phase]=$(( ${kill_phase[$phase]:-0} + 1 ))

    # the killed process writes nothing more: what it left is final, before any new sync starts
    after=$(counts)
    half="no"
    while IFS=: read -r p r m; do
        b=$(grep "^$p:" <<<"$before"); br=$(cut -d: -f2 <<<"$b"); bm=$(cut -d: -f3 <<<"$b")
        d=$((r - br))
        if [[ "$m" != "$bm" ]] || { [[ $d != 0 ]] && [[ $d != 5 ]]; }; then half="YES($p:+$d)"; fi
    done <<<"$after"
    [[ "$half" != no ]] && { half_diffs=$((half_diffs + 1)); failures=$((failures + 1)); }

    note=""
    new_id=""
    while :; do
        read -r code new_id < <(trigger "$survivor" "$type")
        [[ "$code" == 202 ]] && break
        if (( $(now_ms) - killed_ms > 60000 )); then note="not accepted within 60 s (last $code)"; new_id=""; break; fi
        sleep 1
    done
    accepted=$(( $(now_ms) - killed_ms ))
    if [[ -z "$note" ]] && (( accepted > 60000 )); then note="accepted after more than 60 s"; fi
    if [[ -n "$note" ]]; then failures=$((failures + 1)); else accept_ms+=("$accepted"); fi
    # the killed row must be closed by 60 s after the kill at the latest
    while [[ "$(q "SELECT status FROM registry_sync_log WHERE id = '$sync_id'")" == running ]] \
            && (( $(now_ms) - killed_ms <= 60000 )); do sleep 1; done
    final=$(q "SELECT status FROM registry_sync_log WHERE id = '$sync_id'")
    if [[ "$final" == running ]]; then running_after_60=$((running_after_60 + 1)); failures=$((failures + 1)); note="$note row running after 60 s"; fi
    [[ -n "$new_id" ]] && wait_end "$new_id"
    await_up "$victim"
    restarted=$(( $(now_ms) - killed_ms )); restart_ms+=("$restarted")
    printf '%-4s %-8s %-6s %-9s %-20s %-11s %-10s %-9s %s\n' "$i" "$type" "node-$victim" "$kill_at" "$phase>$final" \
        "$(awk "BEGIN{printf \"%.1f\", $accepted/1000}")" "$(awk "BEGIN{printf \"%.1f\", $restarted/1000}")" "$half" "$note"
done

# let the relay publish what is due (an event claimed by a killed instance is due again after the 60 s claim lease)
deadline=$(( $(date +%s) + 150 ))
while (( $(q "SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL") > 0 )) && (( $(date +%s) < deadline )); do sleep 2; done
unpublished=$(q "SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL")

for n in 0 1; do kill -TERM "${PIDS[$n]}"; done
for n in 0 1; do wait "${PIDS[$n]}" 2>/dev/null || true; PIDS[$n]=""; done
running_left=$(q "SELECT COUNT(*) FROM registry_sync_log WHERE status = 'running'")

completed_missing=0; completed_once=0; completed_dup=0; failed_missing=0
while read -r id; do
    n=$(grep -c "\"detailType\":\"RegistrySyncCompleted\",\"syncId\":\"$id\"" "$EVENTS" || true)
    if (( n == 0 )); then completed_missing=$((completed_missing + 1)); elif (( n == 1 )); then completed_once=$((completed_once + 1)); else completed_dup=$((completed_dup + 1)); fi
done < <(q "SELECT id FROM registry_sync_log WHERE status = 'completed'")
while read -r id; do
    grep -q "\"detailType\":\"RegistrySyncFailed\",\"syncId\":\"$id\"" "$EVENTS" || failed_missing=$((failed_missing + 1))
done < <(q "SELECT id FROM registry_sync_log WHERE status = 'failed'")
(( completed_missing + failed_missing > 0 || running_left > 0 )) && failures=$((failures + 1))

echo
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC') · nproc $(nproc) · $(uname -m) · load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $N · kill moments: $(for k in "${!kill_phase[@]}"; do printf '%s %s, ' "${kill_phase[$k]}" "$k"; done)"
stats() { sort -n | awk '{v[NR]=$1} END{printf "min %.1f s, median %.1f s, max %.1f s", v[1]/1000, v[int((NR+1)/2)]/1000, v[NR]/1000}'; }
echo "new sync of the type accepted by the surviving instance after the kill: $(printf '%s\n' "${accept_ms[@]}" | stats) (limit 60 s); within 60 s: ${#accept_ms[@]} of $N"
echo "killed instance answering again after its restart (JVM start-up included): $(printf '%s\n' "${restart_ms[@]}" | stats)"
echo "half diffs: $half_diffs · killed rows still running 60 s after the kill: $running_after_60 · rows running after the clean stop: $running_left"
echo "sync log: $(q "SELECT string_agg(status || ' ' || n, ', ') FROM (SELECT status, COUNT(*) n FROM registry_sync_log GROUP BY status ORDER BY status) s")"
echo "RegistrySyncCompleted per completed sync: exactly once $completed_once, more than once $completed_dup, missing $completed_missing · RegistrySyncFailed missing: $failed_missing · outbox unpublished: $unpublished"
echo "failure reasons: $(q "SELECT string_agg(DISTINCT regexp_replace(error_message, '[0-9]+ s \\(', 'N s ('), ' | ') FROM registry_sync_log WHERE status = 'failed'")"
if (( failures == 0 )); then echo "RESULT: $N of $N runs kept every invariant"; else echo "RESULT: $failures invariant failure(s)"; exit 1; fi
