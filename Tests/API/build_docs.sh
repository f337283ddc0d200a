#!/usr/bin/env bash
# Builds the DocC documentation of every library module and fails on any warning (a broken
# ``Symbol`` link, a Topics entry that names nothing public, a malformed directive), then checks
# that every public symbol has a doc comment.
#
#     bash Tests/API/build_docs.sh            # dumps the symbol graphs first
#     bash Tests/API/build_docs.sh --reuse    # reuses the symbol graphs already in .build
#
# Output: .build/docs/<Module>/ for NetwerkkaartCore, NetwerkkaartIO, NetwerkkaartRender and
# NetwerkkaartHTMLReport (DocC archives for static hosting: serve the folder, or open it with
# `docc preview`), and the per-module symbol graphs used in .build/docs/symbol-graphs/<Module>/.
set -euo pipefail
cd "$(dirname "$0")/../.."

modules=(NetwerkkaartCore NetwerkkaartIO NetwerkkaartRender NetwerkkaartHTMLReport)

docc=$(command -v docc || true)
if [ -z "$docc" ]; then
  docc="$(dirname "$(command -v swift)")/docc"
  [ -x "$docc" ] || docc=$(xcrun --find docc 2>/dev/null || true)  # macOS: inside Xcode
fi
[ -x "$docc" ] || { echo "error: no docc next to swift ($docc); install a Swift toolchain with DocC" >&2; exit 1; }

mkdir -p .build/docs
if [ "${1:-}" != "--reuse" ]; then
  touch .build/docs/.dump-started
  # SwiftPM also tries the test modules and exits 1 when it cannot load them; what counts is
  # that every library module's graph was written afresh (checked below).
  swift package dump-symbol-graph --minimum-access-level public >.build/docs/dump-symbol-graph.log 2>&1 || true
fi
graphs=$(find .build -maxdepth 2 -type d -name symbolgraph -path '*-*-*' | head -n 1)
for module in "${modules[@]}"; do
  graph="$graphs/$module.symbols.json"
  if [ -z "$graphs" ] || [ ! -f "$graph" ]; then
    echo "error: no symbol graph of $module under .build (see .build/docs/dump-symbol-graph.log)" >&2
    exit 1
  fi
  if [ "${1:-}" != "--reuse" ] && [ ! "$graph" -nt .build/docs/.dump-started ]; then
    echo "error: the symbol graph of $module was not rewritten; see .build/docs/dump-symbol-graph.log" >&2
    exit 1
  fi
done

status=0
for module in "${modules[@]}"; do
  # One folder per module holding only its own graphs (and its extensions of other modules'
  # types, Module@Other.symbols.json), so each catalogue sees only its module.
  own=".build/docs/symbol-graphs/$module"
  rm -rf "$own" ".build/docs/$module"
  mkdir -p "$own"
  cp "$graphs/$module".symbols.json "$own/"
  for extension in "$graphs/$module"@*.symbols.json; do
    [ -e "$extension" ] && cp "$extension" "$own/"
  done
  echo "== docc convert $module"
  if ! "$docc" convert "Sources/$module/$module.docc" \
    --additional-symbol-graph-dir "$own" \
    --warnings-as-errors \
    --output-dir ".build/docs/$module" \
    --fallback-display-name "$module" \
    --fallback-bundle-identifier "org.netwerkkaart.$module"; then
    echo "error: DocC reported problems in $module (see above)" >&2
    status=1
  fi
done

echo "== documented public symbols"
python3 Tests/API/symbol_docs.py "$graphs" --require-all || status=1

[ "$status" -eq 0 ] && echo "ok: documentation in .build/docs/<Module>/, no warnings"
exit "$status"
