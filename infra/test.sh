#!/usr/bin/env bash
# Runs every test: unit, integration (embedded PostgreSQL 18), architecture, and the end-to-end login
# against a real Keycloak started from infra/keycloak/keycloak.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
exec ./mvnw -B -ntp verify "$@"
