#!/usr/bin/env bash
# Renders the example map 5 and 50 times in one process under valgrind and checks that the
# memory lost for good does not grow with the number of drawings (one Graphviz context is reused;
# Graphviz's one-time caches are lost once, whatever the count).
#
#   bash Tests/Leaks/valgrind_check.sh [LAYOUT]      (default: rings)
set -euo pipefail
cd "$(dirname "$0")/../.."
layout=${1:-rings}
swift build --product render-loop >/dev/null
binary=$(swift build --show-bin-path)/render-loop

lost() {
  valgrind --leak-check=full --errors-for-leak-kinds=none "$binary" Examples/basisschool-de-linde "$1" "$layout" \
    2>&1 >/dev/null | awk '/definitely lost:/ { gsub(",", "", $4); print $4 }'
}

few=$(lost 5)
many=$(lost 50)
echo "definitely lost: ${few} bytes after 5 renders, ${many} bytes after 50 ($layout)"
if [ "$many" -gt "$few" ]; then
  echo "error: memory lost grows with the number of drawings" >&2
  exit 1
fi
