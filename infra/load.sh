#!/usr/bin/env bash
# The per-tenant rate-limit load command: tenant A floods GET /api/v1/offices from several threads while
# tenant B reads at a steady pace; prints A's 200/429 counts and B's latency alone and during the flood.
# Loopback only, bounded (-Dload.requests=N for B per phase, -Dload.threads=N flooding threads).
exec "$(dirname "$0")/bench.sh" flood "$@"
