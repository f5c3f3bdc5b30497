#!/usr/bin/env bash
# Runs the whole system locally: Keycloak (from Maven Central, realm as code), the application on an
# embedded PostgreSQL 18 (data kept under ~/.cache/tsunagu/pgdata), the demo tenants provisioned.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/jdk.sh
tsunagu_pick_jdk
export LIQUIBASE_ANALYTICS_ENABLED=false
PORT="${PORT:-8080}"
infra/keycloak/keycloak.sh start
./mvnw -B -q -ntp -DskipTests -Djib.skip=true install
JAR=platform/app/target/tsunagu-app.jar
java -jar "$JAR" provision tenants --spring.profiles.active=local
cat <<MSG

  Tsunagu: http://localhost:${PORT}/        (API: http://localhost:${PORT}/swagger-ui.html)
  Keycloak: http://localhost:${KC_PORT:-8180}/ (admin / admin)
  Demo logins (password: demo-password):
    hikari.admin       社会福祉法人 ひかり福祉会, tenant admin, all offices
    hikari.sabikan     service manager, ひかり作業所 and ひかり就労支援センター
    hikari.staff       support staff, ひかり作業所
    minori.specialist  NPO法人 みのり相談室, consultation specialist
    midori.officer     みどり市, municipal officer

MSG
exec java $TSUNAGU_SERVER_JVM -jar "$JAR" serve --spring.profiles.active=local --server.port="$PORT"
