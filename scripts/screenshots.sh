#!/usr/bin/env bash
# Screenshots of the home page, an article and an event page, at desktop and phone widths, in
# light and dark mode, with Debian's headless Chromium (apt-get install -y chromium).
#
#   scripts/screenshots.sh SITE_DIR [OUT_DIR]
#
# SITE_DIR is a built site served at / (built without --base-url). ARTICLE and EVENT (site
# paths) choose the pages; EVENT defaults to the first event page there is.
set -euo pipefail
site=${1:?usage: scripts/screenshots.sh SITE_DIR [OUT_DIR]}
out=${2:-screenshots}
article=${ARTICLE:-kb/158/Q158279/}
event=${EVENT:-$(cd "$site" && ls -d events/*/ 2>/dev/null | grep -v '/page/' | head -n 1 || true)}
mkdir -p "$out"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill "$server"' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 0.1
done

shoot() { # name path width,height scheme
  local dark=()
  # Blink's preferred colour scheme: 0 is dark, 1 is light.
  [ "$4" = dark ] && dark=(--blink-settings=preferredColorScheme=0)
  [ "$4" = light ] && dark=(--blink-settings=preferredColorScheme=1)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$(mktemp -d)" "${dark[@]}" --window-size="$3" \
    --screenshot="$out/$1.png" "http://127.0.0.1:$port/$2" >/dev/null 2>&1
  echo "$out/$1.png"
}

pages=("home:" "article:$article")
if [ -n "$event" ]; then pages+=("event:$event"); else echo "no event pages in $site: skipping the event page" >&2; fi
for page in "${pages[@]}"; do
  for size in desktop:1280,900 phone:390,844; do
    for scheme in light dark; do
      shoot "${page%%:*}-${size%%:*}-$scheme" "${page#*:}" "${size#*:}" "$scheme"
    done
  done
done
