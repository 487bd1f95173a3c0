#!/usr/bin/env bash
# Builds Provider Desk for the OS it runs on, with its own trimmed Java runtime (users install no Java):
#
#   packaging/build.sh            # Linux: app image + .deb + portable .zip; Windows: + .msi; macOS: + .dmg
#   packaging/build.sh --no-installer   # the app image and zip only (no fakeroot/WiX needed)
#
# Steps: the jar and its dependencies (Maven), the Java modules the jars use (jdeps), a runtime with just
# those modules and JavaFX (jlink; JavaFX jars on the module path, as its jmods are not on Maven Central),
# the app image (jpackage), a class-data-sharing archive recorded during a --self-test run of that image,
# a second --self-test that must pass with the archive, then the installer and the zip.
# Output: target/package/image (app image), target/package/dist (installer + zip). Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

installer=yes
for arg in "$@"; do
  case "$arg" in
    --no-installer) installer=no ;;
    *) echo "unknown option $arg (see the top of $0)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; name=provider-desk; type=deb; sep=: ;;
  Darwin) os=macos; name=ProviderDesk; type=dmg; sep=: ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; name=ProviderDesk; type=msi; sep=';' ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
arch=$(uname -m)
out=target/package
step() { printf '\n== %s\n' "$*"; }
warn() { if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::warning::$*"; else echo "WARNING: $*" >&2; fi; }

# Signing, when the keys are in the environment (the workflow takes them from its secrets); else a warning.
# Windows: WINDOWS_SIGN_PFX (path of a .pfx) and WINDOWS_SIGN_PASSWORD, for signtool.
# macOS: MACOS_SIGN_IDENTITY ("Developer ID Application: ..."), in an unlocked keychain, for codesign;
# notarisation of the .dmg follows in the workflow (it needs the signed .dmg).
timestamp_url=http://timestamp.digicert.com
sign_app() {
  case "$os" in
    windows)
      if [ -z "${WINDOWS_SIGN_PFX:-}" ]; then warn "no WINDOWS_SIGN_PFX: the launchers and the MSI stay unsigned"; return; fi
      step "signing the launchers (signtool)"
      signtool sign //fd SHA256 //tr "$timestamp_url" //td SHA256 //f "$WINDOWS_SIGN_PFX" //p "$WINDOWS_SIGN_PASSWORD" "$app"/*.exe ;;
    macos)
      if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then warn "no MACOS_SIGN_IDENTITY: the app and the dmg stay unsigned"; return; fi
      step "signing the app bundle (codesign, hardened runtime)"
      find "$app/Contents" -type f \( -name '*.dylib' -o -perm -u+x \) -print0 | xargs -0 codesign --force --timestamp \
        --options runtime --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY"
      codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
        --sign "$MACOS_SIGN_IDENTITY" "$app"
      codesign --verify --deep --strict "$app" ;;
  esac
}
sign_installer() {
  case "$os" in
    windows) [ -z "${WINDOWS_SIGN_PFX:-}" ] || signtool sign //fd SHA256 //tr "$timestamp_url" //td SHA256 \
               //f "$WINDOWS_SIGN_PFX" //p "$WINDOWS_SIGN_PASSWORD" "$out"/dist/*.msi ;;
    macos) [ -z "${MACOS_SIGN_IDENTITY:-}" ] || codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$out"/dist/*.dmg ;;
  esac
}

step "jar and dependencies (Maven)"
monocle=$(sed -n 's:.*<artifactId>openjfx-monocle</artifactId><version>\([^<]*\)</version>.*:\1:p' pom.xml)
rm -rf "$out"
mkdir -p "$out"/{deps,fxmods,input,dist}
# openjfx-monocle: JavaFX's headless platform, which --self-test renders the pages on (CI has no display).
mvn -B -q -DskipTests -DincludeScope=runtime -DoutputDirectory="$out/deps" \
  -Dartifact="org.testfx:openjfx-monocle:$monocle" package dependency:copy-dependencies dependency:copy
version=$(sed -n 's/^version=//p' target/classes/org/providerdesk/app/version.properties)
# jpackage wants 1 to 3 numbers; macOS also wants the first above zero (the real version stays in Info.plist).
app_version=${version%%-*}
bundle_version=$app_version
if [ "$os" = macos ] && [ "${app_version%%.*}" = 0 ]; then bundle_version="1.${app_version#*.}"; fi
cp target/provider-desk-"$version".jar "$out/input/"

# The platform JavaFX jars (with classifier) are modules; the classifier-less ones are empty stand-ins.
for jar in "$out"/deps/*.jar; do
  base=$(basename "$jar")
  case "$base" in
    javafx-*-[0-9]*.[0-9]*-*.jar) mv "$jar" "$out/fxmods/" ;;
    javafx-*|openjfx-monocle-*) ;;
    *) mv "$jar" "$out/input/" ;;
  esac
done
# Bouncy Castle is 7 MB, of which the app uses Argon2: keep the classes the app's jar reaches (TrimJar.java, by
# jdeps), some 400 KB. The --self-test below logs in, which hashes with Argon2.
bcprov=$(ls "$out"/input/bcprov-*.jar)
java packaging/TrimJar.java "$bcprov" "$out/bcprov-trimmed.jar" "$out/input/provider-desk-$version.jar"
mv "$out/bcprov-trimmed.jar" "$bcprov"
# POI's OOXML schemas (6 MB) hold Word's, PowerPoint's, Visio's and Office Math's, and those of signed documents:
# the app only writes workbooks. XMLBeans finds schema classes by name, so these go by folder. The --self-test
# exports an Excel file through what is left.
ooxml=$(ls "$out"/input/poi-ooxml-lite-*.jar)
schemas=org/openxmlformats/schemas
java packaging/TrimJar.java --drop "$schemas/wordprocessingml,$schemas/presentationml,$schemas/officeDocument/x2006/math,\
$schemas/drawingml/x2006/wordprocessingDrawing,com/microsoft/schemas/office/visio,org/w3/x2000/x09/xmldsig,org/etsi" \
  "$ooxml" "$out/ooxml-trimmed.jar"
mv "$out/ooxml-trimmed.jar" "$ooxml"
graphics=$(ls "$out"/fxmods/javafx-graphics-*.jar)
# Monocle goes inside the javafx.graphics module (a module cannot see it on the class path, and patching a
# module at run time would switch class-data sharing off).
merged="$out/graphics-merged"
mkdir -p "$merged"
(cd "$merged" && jar xf "$root/$graphics" && jar xf "$root/$out/deps/openjfx-monocle-$monocle.jar" com)
rm "$graphics"
jar --create --file "$graphics" -C "$merged" .
rm -rf "$merged" "$out/deps"

step "modules the jars use (jdeps)"
# From the app's jar through every class it reaches, with the libraries on the class path (given as inputs,
# jdeps would resolve OkHttp's module-info and stop at okio, an automatic module it cannot find).
modules=$(jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps --recursive \
  --module-path "$out/fxmods" --class-path "$out/input/*" "$out/input/provider-desk-$version.jar")
# Loaded at run time, not reached by jdeps: the XML parser (JasperReports, POI, found by ServiceLoader), TLS with
# elliptic curves, en-GB dates and numbers, zip file systems, and JavaFX's controls.
# --self-test below fails the build when something is still missing.
modules="$modules,java.xml,jdk.crypto.ec,jdk.localedata,jdk.zipfs,javafx.controls"
# Reached by jdeps, never loaded by the app: Flight Recorder (JDBI uses it only when present) and XML signatures
# (POI's, for signed documents).
modules=$(echo "$modules" | tr , '\n' | grep -vxE 'jdk\.jfr|java\.xml\.crypto' | paste -sd, -)
echo "$modules"

step "runtime (jlink)"
java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
# java.desktop is there for AWT's fonts and 2D, which the reports measure and draw with, off-screen (Main runs
# AWT headless). Swing, sound and printing (4 MB) are in it too: only JasperReports' viewer, its printing and its
# HTML/RTF text markup use them, and our reports use none of those. They go, but for one file in each package
# (jlink refuses a module without a package its descriptor names), which nothing loads.
jmod list "$java_home/jmods/java.desktop.jmod" | sed -n 's:^classes/::p' \
  | grep -E '^(javax/swing|sun/swing|com/sun/java/swing|javax/sound|com/sun/media/sound|javax/print|sun/print)/' \
  | awk -F/ '{ print ($NF ~ /\.class$/ ? 0 : 1000) + length($NF) "\t" $0 }' | sort -k1,1n -k2 \
  | awk -F'\t' '{ pkg = $2; sub("/[^/]*$", "", pkg); if (seen[pkg]++) print "/java.desktop/" $2 }' \
  > "$out/unused-desktop.txt"
jlink --module-path "$out/fxmods$sep$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,en-GB \
  --exclude-resources=@"$out/unused-desktop.txt" --output "$out/runtime"
# On Linux the JDK's native libraries keep their symbol tables (libjvm.so alone 4 MB of them), which jlink's
# --strip-debug leaves: strip what linking does not need (the dynamic symbols JNI looks up stay).
if [ "$os" = linux ] && command -v strip >/dev/null 2>&1; then
  find "$out/runtime/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi
step "app image (jpackage)"
resources="$out/resources"
mkdir -p "$resources"
if [ "$os" = macos ]; then
  sed -e "s/@VERSION@/$version/" -e "s/@BUNDLE_VERSION@/$bundle_version/" packaging/macos/Info.plist.in \
    > "$resources/Info.plist"
  cp packaging/macos/ProviderDesk.icns "$resources/"
fi
jpackage --type app-image --dest "$out/image" --app-version "$bundle_version" \
  --input "$out/input" --main-jar "provider-desk-$version.jar" --runtime-image "$out/runtime" \
  --resource-dir "$resources" @packaging/common.args @packaging/launcher.args @packaging/$os/app-image.args

case "$os" in
  linux) app="$out/image/$name"; launcher="$app/bin/$name"; java_bin="$app/lib/runtime/bin/java" ;;
  macos) app="$out/image/$name.app"; launcher="$app/Contents/MacOS/$name"
         java_bin="$app/Contents/runtime/Contents/Home/bin/java" ;;
  windows) app="$out/image/$name"; launcher="$app/${name}Console.exe"; java_bin="$app/runtime/bin/java.exe" ;;
esac

# Class-data sharing: the classes a start-up loads from the runtime until the login window is shown (the JDK's
# and JavaFX's, which are most of start-up) are pre-parsed into the runtime's default archive, which the JVM maps
# at every start. Only the start-up's classes: those of a whole --self-test (the portal, reports) made the archive
# 43 MB and the image far larger than the start-up needs.
# Not a -XX:ArchiveClassesAtExit archive of the class path: Java 17 refuses one once the app has moved
# ("shared class paths mismatch"), and every installer moves it (/opt, %LOCALAPPDATA%, /Applications).
step "class-data-sharing archive (classes recorded while the login window opens)"
probe_options="-XX:DumpLoadedClassList=$out/startup.classlist -Dproviderdesk.dataDir=$out/startup-probe-data"
probe_options="$probe_options -Dproviderdesk.startupProbe=window"
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
  probe_options="$probe_options -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
fi
rm -rf "$out/startup-probe-data"
JAVA_TOOL_OPTIONS="$probe_options" "$launcher" > "$out/startup-record.log" 2>&1 \
  || { tail -40 "$out/startup-record.log"; echo "the start-up probe failed (log: $out/startup-record.log)" >&2; exit 1; }
grep 'STARTUP login-window-shown' "$out/startup-record.log" \
  || { tail -40 "$out/startup-record.log"; echo "the login window never showed" >&2; exit 1; }
# The JDK's and JavaFX's classes both: each half of the archive (about 13 MB) saves about 130 ms of start-up.
"$java_bin" -Xshare:dump -XX:SharedClassListFile="$out/startup.classlist" > "$out/cds-dump.log" 2>&1 \
  || { tail -40 "$out/cds-dump.log"; exit 1; }
grep -E '^(Number of classes|total +:)' "$out/cds-dump.log" | head -3 || true

sign_app
step "--self-test of the app image, which must map the archive (-Xshare:on fails otherwise)"
JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --self-test
"$launcher" --version

step "portable zip"
zip_name="$name-$version-$os-$arch-portable.zip"
rm -f "$out/dist/$zip_name"
if command -v zip >/dev/null 2>&1; then
  (cd "$out/image" && zip -q -r -y "../dist/$zip_name" "$(basename "$app")")
else
  powershell -NoProfile -Command "Compress-Archive -Path '$app' -DestinationPath '$out/dist/$zip_name'"
fi

if [ "$installer" = yes ]; then
  step "installer ($type)"
  jpackage --app-image "$app" --dest "$out/dist" --app-version "$bundle_version" \
    @packaging/common.args @packaging/$os/installer.args
  sign_installer
fi

step "done"
du -sm "$app" | awk '{print "app image: " $1 " MB"}'
ls -l "$out/dist"
