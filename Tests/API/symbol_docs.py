#!/usr/bin/env python3
"""Counts the public symbols of the library modules and those without a doc comment, from the
symbol graphs that `swift package dump-symbol-graph --minimum-access-level public` writes.

    python3 Tests/API/symbol_docs.py .build/x86_64-unknown-linux-gnu/symbolgraph [--require-all]

A symbol counts as documented when it has a doc comment of its own or, for a protocol
requirement's implementation or a synthesized member, when the symbol graph inherits one
(Swift's own `==`, `init(from:)`, `rawValue`...). Exits 1 with --require-all when any public
symbol of the library modules lacks one, listing them.
"""
import glob
import json
import os
import sys

MODULES = ["NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartRender", "NetwerkkaartHTMLReport"]


def symbols(folder, module):
    for path in sorted(glob.glob(os.path.join(folder, f"{module}.symbols.json"))
                       + glob.glob(os.path.join(folder, f"{module}@*.symbols.json"))):
        with open(path) as handle:
            graph = json.load(handle)
        for symbol in graph.get("symbols", []):
            yield symbol


def main():
    folder = sys.argv[1]
    require = "--require-all" in sys.argv
    total = documented = 0
    missing = []
    for module in MODULES:
        module_total = module_documented = 0
        for symbol in symbols(folder, module):
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            identifier = symbol["identifier"]["precise"]
            if "::SYNTHESIZED::" in identifier:
                continue  # members a protocol gives for free; documented by the protocol
            module_total += 1
            if symbol.get("docComment"):
                module_documented += 1
            else:
                path = ".".join(symbol.get("pathComponents", []))
                location = symbol.get("location", {}).get("uri", "").split("/Sources/")[-1]
                missing.append(f"{module}: {path} ({location})")
        print(f"{module}: {module_documented} of {module_total} public symbols documented")
        total += module_total
        documented += module_documented
    print(f"all library modules: {documented} of {total} public symbols documented")
    if missing and (require or "--list" in sys.argv):
        print("\nwithout a doc comment:")
        for line in missing:
            print("  " + line)
    if require and missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
