#!/usr/bin/env bash
# Installs what `npm start` / `npm test` need and is missing, then returns quickly when all is there.
#   ensure.sh start  -> Debian OCR packages, npm packages, a fresh build of the app
#   ensure.sh test   -> the same plus Chromium for Playwright
set -euo pipefail
mode="${1:-start}"
cd "$(dirname "$0")/.."

pkgs=()
command -v tesseract >/dev/null || pkgs+=(tesseract-ocr)
if command -v tesseract >/dev/null; then
  langs="$(tesseract --list-langs 2>/dev/null || true)"
else
  langs=""
fi
for l in kor jpn chi_tra eng jpn_vert chi_tra_vert; do
  pkg="tesseract-ocr-${l//_/-}"
  grep -qx "$l" <<<"$langs" || pkgs+=("$pkg")
done
command -v pdftoppm >/dev/null || pkgs+=(poppler-utils)
if [ "$mode" = test ]; then
  command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || pkgs+=(chromium)
  # The store's tests start a throwaway PostgreSQL server (initdb, pg_ctl) of their own.
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || pkgs+=(postgresql)
fi
# jpn_vert and chi_tra_vert read vertical Japanese and Chinese columns (orientation/verticalText.ts).
# The relay's samples (and the tests) render their documents from known text with CJK fonts.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || pkgs+=(fonts-noto-cjk)

if [ "${#pkgs[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "ensure: installing Debian packages: ${pkgs[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >&2
  else
    echo "ensure: missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${pkgs[*]}" >&2
    exit 1
  fi
fi

# npm packages: install when node_modules is absent or was installed from another lockfile. The
# lockfile's hash is the test, not its age: a fresh checkout (a clone, a git worktree sharing
# node_modules) has a new lockfile with the same content, and must not wipe a working install.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.ensure-lock-sha256
if [ ! -d node_modules ] || { [ -f "$stamp" ] && [ "$(cat "$stamp")" != "$lock_sum" ]; } ||
  { [ ! -f "$stamp" ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "ensure: installing npm packages" >&2
  # onnxruntime-node's postinstall would download extras; its CPU binary ships inside the package.
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund >&2
fi
[ -d node_modules ] && echo "$lock_sum" >"$stamp"

# The built app: rebuild when missing or older than any source file.
if [ "$mode" = start ]; then
  if [ ! -f dist/index.html ] || [ -n "$(find src/app src/clova src/model index.html vite.config.ts package-lock.json -newer dist/index.html -print -quit 2>/dev/null)" ]; then
    echo "ensure: building the app" >&2
    npx vite build --logLevel warn >&2
  fi
fi
