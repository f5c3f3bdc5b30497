#!/usr/bin/env bash
# The Java runtime layer of the container image, made from this machine when no base image can be pulled
# (no container registry is reachable here): a jlink'ed runtime of the build's JDK under /opt/java/openjdk (where the
# eclipse-temurin images keep theirs), the shared libraries it loads copied from this machine, an /etc/passwd naming
# the non-root user, and an empty /tmp. Jib adds the directory as extra files over the `scratch` base
# (platform/app/pom.xml, profile `offline-base`). With a pulled base image (-Dtsunagu.image.base=eclipse-temurin:21-jre)
# this script is not run. See infra/image.md.
#   runtime.sh <java home> <output dir>
set -euo pipefail
jdk=$1
out=$(realpath -m "$2")
# java.se: every java.* module (the application and its libraries reach java.desktop, java.sql, java.naming,
# java.net.http, java.instrument and more, some only by reflection); CP932 for the claim files (jdk.charsets),
# Japanese dates and numbers (jdk.localedata), EC keys for JWTs (jdk.crypto.ec), libraries that use sun.misc.Unsafe
# (jdk.unsupported), the JVM's MXBeans behind the metrics (jdk.management), DNS SRV and zip file systems
modules=java.se,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.unsupported,jdk.management,jdk.naming.dns,jdk.zipfs,jdk.security.auth,jdk.net
stamp="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | grep -E 'java\.(runtime\.)?version = ' | tr -d ' \n') $modules $(sha1sum "$0" | cut -c1-12)"
if [[ -f $out/.stamp && "$(cat "$out/.stamp")" == "$stamp" ]]; then
  echo "image runtime: up to date in $out"
  exit 0
fi
command -v ldd >/dev/null || { echo "image runtime: needs ldd (a glibc Linux); or build with -Dtsunagu.image.base=<a JRE image>" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/opt/java" "$out/etc" "$out/tmp"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress zip-6 \
  --output "$out/opt/java/openjdk"
java_home=$out/opt/java/openjdk
# jlink links each module's legal notices to java.base's: copies, so that the image holds files only
find "$java_home" -type l | while read -r link; do cp --remove-destination "$(readlink -f "$link")" "$link"; done
# Java2D (the genogram and ecomap pictures, font metrics) opens fontconfig at run time (dlopen: ldd does not show it)
# and fails without it and a font ("Fontconfig head is null"), as it does on any base image without fontconfig
fontconfig=$(ldconfig -p | awk '/libfontconfig\.so\.1 .*x86-64/ {print $NF; exit}')
[[ -n $fontconfig ]] || { echo "image runtime: needs fontconfig on this machine (apt-get install libfontconfig1)" >&2; exit 1; }
# the libraries the launcher, the JVM, the runtime's own libraries and fontconfig load; the X11 and sound ones are left
# out (the server runs headless), and so is anything the runtime itself ships
mapfile -t libs < <(
  { echo "$fontconfig => $fontconfig"
    ldd "$java_home/bin/java" "$java_home/lib/server/libjvm.so" "$fontconfig" \
      $(ls "$java_home"/lib/*.so | grep -vE '/lib(awt_xawt|jawt|jsound|splashscreen)\.so$') 2>/dev/null; } \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | grep -v "^$java_home/" | sort -u)
for lib in "${libs[@]}"; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
# fontconfig's configuration from this machine, and one font: the IPAex Gothic the application ships for its PDFs
cp -rL /etc/fonts "$out/etc/fonts"
mkdir -p "$out/usr/share/fonts/truetype/ipaexfont"
cp "$(dirname "$0")/../../platform/web/src/main/resources/fonts/ipaexg.ttf" "$out/usr/share/fonts/truetype/ipaexfont/"
# uid 65532 is the image's user (platform/app/pom.xml, infra/k8s/deployment.yaml: runAsUser)
printf 'root:x:0:0:root:/root:/sbin/nologin\ntsunagu:x:65532:65532:tsunagu:/tmp:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\ntsunagu:x:65532:\n' > "$out/etc/group"
chmod 1777 "$out/tmp"
echo "$stamp" > "$out/.stamp"
echo "image runtime: $(du -sh "$out" | cut -f1) in $out (${#libs[@]} shared libraries from this machine)"
