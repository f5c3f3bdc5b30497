# Sourced by the scripts: picks a JDK 21 or newer (the machine's default JDK 17 cannot build --release 21).
tsunagu_pick_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[1-9]-jdk-* /usr/lib/jvm/java-2[1-9]-openjdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Tsunagu needs a JDK 21 or newer; none found under /usr/lib/jvm (set JAVA_HOME)." >&2
  return 1
}

# The server's heap, for infra/run.sh and the benchmarks alike (bench.sh hands it to the test JVM): fixed, so that the
# collector does not start at the JVM's default initial heap, 1/64 of the memory (about 400 MB here) and keep it there, where the
# old generation crosses G1's marking threshold every 15 s or so and each concurrent cycle takes one of the two cores
# for 0.3-0.5 s (seen in the morning rush as its worst seconds). Override with TSUNAGU_SERVER_JVM (empty: the JVM's
# defaults); options separated by spaces, none with a space of its own. Every benchmark of bench.sh runs with it.
TSUNAGU_SERVER_JVM="${TSUNAGU_SERVER_JVM-"-Xms2g -Xmx2g -XX:MaxGCPauseMillis=10 -XX:+AlwaysPreTouch"}"
