#!/usr/bin/env bash
# Starts the compiled server (dist/, from `npm run build`) on a throwaway database, checks that it
# serves the seed data (citations included: the CSL styles must be found next to dist/), and
# that SIGTERM stops it cleanly (exit 0).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dir=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
PORT=$port DATABASE_URL="$dir/smoke.db" LOG_LEVEL=warn node dist/server.js >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
base="http://127.0.0.1:$port"

for _ in $(seq 1 120); do
  curl -sf "$base/health" >/dev/null && break
  kill -0 $pid 2>/dev/null || { cat "$dir/server.log"; echo "dist/server.js exited before answering"; exit 1; }
  sleep 0.5
done
curl -sf "$base/health" >/dev/null || { cat "$dir/server.log"; echo "dist/server.js did not answer /health"; exit 1; }

claim=$(curl -sf "$base/v1/claims?limit=1" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).data[0].id))")
curl -sf "$base/v1/claims/$claim/citations" | grep -q '"apa"' || { echo "citations failed"; exit 1; }
curl -sf "$base/" | grep -q '<html' || { echo "explorer page failed"; exit 1; }

kill -TERM $pid
for _ in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
if kill -0 $pid 2>/dev/null; then echo "still running 15 s after SIGTERM"; exit 1; fi
wait $pid && echo "dist/server.js: served the seed data and exited 0 on SIGTERM"
