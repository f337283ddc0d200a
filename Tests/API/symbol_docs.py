#!/usr/bin/env python3
"""Counts the public symbols of the library modules and those without a doc comment, from the
symbol graphs that `swift package dump-symbol-graph --minimum-access-level public` writes.

    python3 Tests/API/symbol_docs.py .build/x86_64-unknown-linux-gnu/symbolgraph [--require-all] [--list]

A symbol counts as documented when it has a doc comment of its own or, for a protocol
requirement's implementation or a synthesized member, when the symbol graph inherits one
(Swift's own `==`, `init(from:)`, `rawValue`...). Exits 1 with --require-all when any public
symbol of the library modules lacks one, listing them.

It also checks that every top-level public type of a module is named (``Type``) in its DocC
catalogue, Sources/<Module>/<Module>.docc/*.md, so that it appears in a Topics section rather
than DocC's automatic leftovers; with --require-all a type left out fails too.
"""
import glob
import json
import os
import re
import sys

MODULES = ["NetwerkkaartCore", "NetwerkkaartIO", "NetwerkkaartRender", "NetwerkkaartHTMLReport"]


def symbols(folder, module):
    for path in sorted(glob.glob(os.path.join(folder, f"{module}.symbols.json"))
                       + glob.glob(os.path.join(folder, f"{module}@*.symbols.json"))):
        with open(path) as handle:
            graph = json.load(handle)
        for symbol in graph.get("symbols", []):
            yield symbol


TYPE_KINDS = {"swift.struct", "swift.class", "swift.enum", "swift.protocol", "swift.typealias"}


def uncurated(folder, module):
    """Top-level public types of `module` that its DocC catalogue does not name."""
    catalogue = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", module, f"{module}.docc")
    named = set()
    for path in glob.glob(os.path.join(catalogue, "**", "*.md"), recursive=True):
        with open(path) as handle:
            text = handle.read()
        if "\n## Topics" in text:
            topics = text.split("\n## Topics", 1)[1]
            named.update(re.findall(r"^- ``([A-Za-z0-9_]+)``", topics, re.MULTILINE))
    types = set()
    for symbol in symbols(folder, module):
        if symbol.get("accessLevel") not in ("public", "open"):
            continue
        if symbol["kind"]["identifier"] in TYPE_KINDS and len(symbol.get("pathComponents", [])) == 1:
            types.add(symbol["pathComponents"][0])
    return sorted(types - named), len(types)


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
    leftovers = []
    for module in MODULES:
        left, count = uncurated(folder, module)
        print(f"{module}: {count - len(left)} of {count} top-level types in a Topics section of its catalogue")
        leftovers += [f"{module}: {name}" for name in left]
    if leftovers and (require or "--list" in sys.argv):
        print("\nnot in the catalogue:")
        for line in leftovers:
            print("  " + line)
    if require and (missing or leftovers):
        sys.exit(1)


if __name__ == "__main__":
    main()
