#!/usr/bin/env bash
# Draws a map 5 and 50 times in one process (SVG, PNG and PDF each time, one reused Graphviz
# context) under valgrind and checks that the memory lost for good does not grow with the number
# of drawings. Graphviz, Pango and Fontconfig lose some memory once per process (caches, a
# Fontconfig worker thread whose share varies by a few hundred bytes from run to run); a leak per
# drawing would add at least 45 times its size.
#
#   bash Tests/Leaks/valgrind_check.sh [MAP] [LAYOUT]     (default: Tests/Fixtures/kite rings)
set -euo pipefail
cd "$(dirname "$0")/../.."
map=${1:-Tests/Fixtures/kite}
layout=${2:-rings}
swift build --product render-loop >/dev/null
# Valgrind 3.19 gives up on the DWARF that clang writes for some C dependencies ("Possibly
# corrupted debuginfo file"), so it runs a copy without debug information: the byte counts are
# the same, the leak records just lack line numbers.
binary=$(mktemp)
trap 'rm -f "$binary"' EXIT
cp "$(swift build --show-bin-path)/render-loop" "$binary"
strip --strip-debug "$binary"
chmod +x "$binary"

lost() {
  valgrind --leak-check=full "$binary" "$map" "$1" "$layout" svg png pdf 2>&1 >/dev/null |
    awk '/definitely lost:/ { gsub(",", "", $4); print $4 }'
}

few=$(lost 5)
many=$(lost 50)
if [ -z "$few" ] || [ -z "$many" ]; then
  echo "error: valgrind printed no leak summary; run valgrind --leak-check=full $binary by hand" >&2
  exit 1
fi
echo "definitely lost: ${few} bytes after 5 drawings, ${many} bytes after 50 ($map, $layout, svg+png+pdf)"
if [ "$many" -gt $((few + 2048)) ]; then
  echo "error: memory lost grows with the number of drawings" >&2
  exit 1
fi
