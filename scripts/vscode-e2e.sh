#!/usr/bin/env bash
# Real VS Code for the tests and the README's pictures: code-server (VS Code in a browser) driven
# by headless Chromium. One script for CI and for developers:
#
#   scripts/vscode-e2e.sh setup         installs what the e2e suite needs (below); quick when present
#   scripts/vscode-e2e.sh test          setup, package the .vsix, run the e2e suite (npm run test:vscode)
#   scripts/vscode-e2e.sh screenshots   setup, package the .vsix, write docs/*.png (npm run screenshots)
#
# What setup installs:
#   - Debian packages: chromium (the browser), neovim (the second LSP client), unzip, knot and
#     unbound (the loopback DNS servers of the live-check tests), openssl (their test CA) and, only while
#     code-server is being installed, libkrb5-dev and ripgrep (its native modules and search tool);
#   - code-server@4.100.3 (VS Code 1.100.3, the newest that runs on Node.js 20) with npm into a
#     cache folder OUTSIDE the extension's dependencies, reused when present:
#     ${ZONEMAIL_CACHE:-~/.cache/zonemail}/code-server-4.100.3.
# Nothing is skipped: when something cannot be installed, the script says what and exits non-zero.
#
# test/screenshots package the extension (npm run package), install the .vsix into a fresh
# extensions folder, start code-server under setsid on 127.0.0.1 with a temporary HOME, run the
# Playwright driver (out/test/vscode/driver.js) and always stop code-server's process group.
# test also starts, before code-server, the live tests' loopback servers
# (out/test/vscode/live-servers.js: Knot, unbound, HTTPS with a test CA, SMTP with STARTTLS, all on
# 127.0.0.1), points the test user's zonemail.live settings at them, and always stops them afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep's version inside code-server 4.100.3, and the ripgrep archive its post-install fetches.
RIPGREP_CACHE_VERSION=1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE=${ZONEMAIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zonemail}
CODE_SERVER_DIR=$CACHE/code-server-$CODE_SERVER_VERSION
CODE_SERVER=$CODE_SERVER_DIR/node_modules/.bin/code-server
CHROMIUM=${ZONEMAIL_CHROMIUM:-/usr/bin/chromium}

say() { echo "vscode-e2e: $*" >&2; }
die() { say "FAILED: $*"; exit 1; }

apt_install() {
  [ $# -gt 0 ] || return 0
  if [ "$(id -u)" != 0 ]; then
    die "missing Debian packages: $*; install them with: sudo apt-get install -y $*"
  fi
  say "apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null || die "apt-get install $* failed"
}

code_server_present() { [ -x "$CODE_SERVER" ] && [ -f "$CODE_SERVER_DIR/.complete" ]; }

setup() {
  local need=()
  [ -x "$CHROMIUM" ] || need+=(chromium)
  command -v nvim >/dev/null 2>&1 || need+=(neovim)
  command -v unzip >/dev/null 2>&1 || need+=(unzip) # the Neovim test runs the server from the .vsix
  [ -x /usr/sbin/knotd ] || need+=(knot)              # Check Domain… against loopback servers
  [ -x /usr/sbin/unbound ] || need+=(unbound)
  command -v openssl >/dev/null 2>&1 || need+=(openssl) # the live tests' certificate authority
  if ! code_server_present; then
    command -v rg >/dev/null 2>&1 || need+=(ripgrep)
    dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
  fi
  apt_install "${need[@]}"
  [ -x "$CHROMIUM" ] || die "no Chromium at $CHROMIUM"

  if ! code_server_present; then
    local started=$SECONDS
    say "installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR"
    # @vscode/ripgrep downloads ripgrep from GitHub in its post-install; give it Debian's instead
    # through its download cache.
    local rgcache=${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION
    if [ ! -f "$rgcache/$RIPGREP_ARCHIVE" ]; then
      mkdir -p "$rgcache/x"
      cp "$(command -v rg)" "$rgcache/x/rg"
      tar czf "$rgcache/$RIPGREP_ARCHIVE" -C "$rgcache/x" rg
    fi
    rm -rf "$CODE_SERVER_DIR"
    mkdir -p "$CODE_SERVER_DIR"
    echo '{ "name": "zonemail-code-server", "private": true }' >"$CODE_SERVER_DIR/package.json"
    (cd "$CODE_SERVER_DIR" &&
      npm_config_unsafe_perm=true npm_config_yes=true \
        npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION") ||
      die "npm install code-server@$CODE_SERVER_VERSION failed (see above)"
    "$CODE_SERVER" --version >/dev/null || die "code-server was installed but does not run"
    touch "$CODE_SERVER_DIR/.complete"
    say "code-server installed in $((SECONDS - started)) s"
  fi
}

# Runs the Playwright driver against a fresh code-server with the packaged extension installed.
# $1: the driver's mode (test or screenshots).
run() {
  local mode=$1
  setup
  [ -f out/test/vscode/driver.js ] || die "out/test/vscode/driver.js is missing: run \`npm run build\` first"

  # ZONEMAIL_VSIX: a package made earlier in the same run (scripts/run-tests.mjs); otherwise package now.
  local vsix=${ZONEMAIL_VSIX:-}
  if [ -z "$vsix" ]; then
    say "packaging the extension"
    vsix=$(node scripts/package.mjs --print-path) || die "npm run package failed"
  fi
  [ -f "$vsix" ] || die "no package at $vsix"

  WORK=$(mktemp -d "${TMPDIR:-/tmp}/zonemail-vscode-XXXXXX")
  CODE_SERVER_PGID=
  LIVE_PGID=
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  mkdir -p "$WORK/home" "$WORK/data/User" "$WORK/extensions"
  cp test/vscode/settings.json "$WORK/data/User/settings.json"
  # code-server, its extension host and the language server see only the temporary HOME.
  # EXTENSIONS_GALLERY={}: no Marketplace (Open VSX) at all, so nothing is fetched from the network.
  # ZONEMAIL_E2E_EXTENSIONS_DIR: the suite checks that Zonemail was loaded from there.
  local env=(env HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
    XDG_CACHE_HOME="$WORK/home/.cache" EXTENSIONS_GALLERY='{}' ZONEMAIL_E2E_EXTENSIONS_DIR="$WORK/extensions")
  [ "$mode" = test ] && start_live_servers
  local flags=(--user-data-dir "$WORK/data" --extensions-dir "$WORK/extensions")

  "${env[@]}" "$CODE_SERVER" "${flags[@]}" --install-extension "$vsix" >"$WORK/install.log" 2>&1 ||
    { cat "$WORK/install.log" >&2; die "code-server --install-extension $vsix failed"; }

  local port
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  # setsid: code-server and everything it starts (extension host, language server) form one
  # process group, stopped together by cleanup().
  setsid "${env[@]}" "$CODE_SERVER" "${flags[@]}" --bind-addr "127.0.0.1:$port" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    "$ROOT/examples" >"$WORK/code-server.log" 2>&1 &
  CODE_SERVER_PGID=$!

  # Bounded polling of a condition: /healthz answers once code-server listens (about a second).
  local deadline=$((SECONDS + 30))
  until node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "http://127.0.0.1:$port/healthz"; do
    kill -0 "$CODE_SERVER_PGID" 2>/dev/null || { cat "$WORK/code-server.log" >&2; die "code-server exited"; }
    [ $SECONDS -lt $deadline ] || { cat "$WORK/code-server.log" >&2; die "code-server did not answer /healthz within 30 s"; }
    sleep 0.1
  done

  node out/test/vscode/driver.js "$mode" --port "$port" --work "$WORK" --folder "$ROOT/examples" --chromium "$CHROMIUM"
}

# The live tests' loopback servers, in their own process group (stopped by cleanup()). They add
# zonemail.live.* to the test user's settings; their HTTPS and SMTP ports reach the language server
# through ZONEMAIL_LIVE_TEST_PORTS (a test-only variable the client reads), added to env here.
start_live_servers() {
  [ -f out/test/vscode/live-servers.js ] || die "out/test/vscode/live-servers.js is missing: run \`npm run build\` first"
  local ready=$WORK/live-servers.json
  setsid node out/test/vscode/live-servers.js "$WORK/data/User/settings.json" "$ready" >"$WORK/live-servers.log" 2>&1 &
  LIVE_PGID=$!
  # Bounded polling of a condition: the servers answer within a few seconds.
  local deadline=$((SECONDS + 60))
  until [ -f "$ready" ]; do
    kill -0 "$LIVE_PGID" 2>/dev/null || { cat "$WORK/live-servers.log" >&2; die "the loopback servers did not start"; }
    [ $SECONDS -lt $deadline ] || { cat "$WORK/live-servers.log" >&2; die "the loopback servers did not start within 60 s"; }
    sleep 0.1
  done
  env+=(ZONEMAIL_LIVE_TEST_PORTS="$(node -p 'JSON.stringify(require(process.argv[1]).liveTestPorts)' "$ready")")
  say "$(cat "$WORK/live-servers.log")"
}

# Stops a process group: TERM to its leader, a bounded wait for the group to go, then KILL.
stop_group() {
  local pgid=$1
  kill -TERM "$pgid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  if [ -n "${CODE_SERVER_PGID:-}" ]; then
    kill -TERM -- "-$CODE_SERVER_PGID" 2>/dev/null || true
    # Bounded wait for the group to go, then make sure.
    for _ in $(seq 50); do kill -0 -- "-$CODE_SERVER_PGID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$CODE_SERVER_PGID" 2>/dev/null || true
    if [ $status -ne 0 ] && [ -f "$WORK/code-server.log" ]; then
      say "code-server log:"
      tail -n 40 "$WORK/code-server.log" >&2
    fi
  fi
  # After code-server: the loopback servers stop Knot and unbound by process id on TERM.
  if [ -n "${LIVE_PGID:-}" ]; then
    stop_group "$LIVE_PGID"
    if [ $status -ne 0 ] && [ -f "$WORK/live-servers.log" ]; then
      say "loopback servers log:"
      tail -n 20 "$WORK/live-servers.log" >&2
    fi
  fi
  [ -n "${WORK:-}" ] && rm -rf "$WORK"
  exit $status
}

case "${1:-test}" in
  setup) setup ;;
  test) run test ;;
  screenshots) run screenshots ;;
  *) die "usage: scripts/vscode-e2e.sh [setup|test|screenshots]" ;;
esac
