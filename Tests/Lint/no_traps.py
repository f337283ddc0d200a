#!/usr/bin/env python3
"""Fails when Sources/ holds a way to trap that user data could reach (issue 17).

Looked for, outside comments and string literals:
  try!                    a thrown error becomes a crash
  as!                     a failed cast becomes a crash
  fatalError( preconditionFailure( precondition( assert...  deliberate traps
  x!                      a force unwrap (`!` right after a name, `)` or `]`)
  Int(…) of a Double      an unchecked conversion: traps on NaN, infinity or a value past Int.max;
                          write Int(exactly:), or check the range first

A line may be allowed with a marker comment on it or on the line just above:
  // trap-checked: <why this cannot trap>
The conversion check is a heuristic: it looks at the argument of Int(, Int64(, Int32(, UInt32(
and UInt64( for signs of floating point (rounded, floor, ceil, Double, a decimal literal, a
division, a weight or an elapsed time).

Usage: Tests/Lint/no_traps.py [folder ...]   (default: Sources)
"""
import re
import sys
from pathlib import Path

MARKER = "trap-checked:"
FLOAT_HINTS = re.compile(r"rounded|floor|ceil|Double|\d\.\d|/|weight|elapsed|\.squareRoot|log|pow\(|sqrt")
CONVERSION = re.compile(r"\b(?:U?Int(?:8|16|32|64)?)\(")


def code_only(text):
    """The text with comments and string literal contents blanked (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text[i] == '"' or (text[i] == "#" and re.match(r'#+"', text[i:])):
            hashes = len(re.match(r'#*', text[i:]).group(0))
            start = i + hashes
            triple = text.startswith('"""', start)
            close = ('"""' if triple else '"') + "#" * hashes
            j = start + (3 if triple else 1)
            out.append(text[i:start] + text[start : start + (3 if triple else 1)])
            while j < n and not text.startswith(close, j):
                if text.startswith("\\" + "#" * hashes + "(", j):
                    # An interpolation is code: keep it, up to its closing parenthesis.
                    k = j + 1 + hashes
                    depth = 0
                    while k < n:
                        depth += {"(": 1, ")": -1}.get(text[k], 0)
                        if depth == 0:
                            break
                        k += 1
                    out.append(" " * (1 + hashes) + code_only(text[j + 1 + hashes : k + 1]))
                    j = k + 1
                    continue
                if text[j] == "\\" and hashes == 0:
                    out.append("  ")
                    j += 2
                    continue
                if text[j] == "\n" and not triple:
                    break
                out.append("\n" if text[j] == "\n" else " ")
                j += 1
            out.append(text[j : j + len(close)])
            i = min(n, j + len(close))
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def argument(line, start):
    """The text between the parenthesis at `start` and its match, on one line."""
    depth = 0
    for j in range(start, len(line)):
        if line[j] == "(":
            depth += 1
        elif line[j] == ")":
            depth -= 1
            if depth == 0:
                return line[start + 1 : j]
    return line[start + 1 :]


def findings(path):
    raw = path.read_text(encoding="utf-8")
    raw_lines = raw.split("\n")
    for number, line in enumerate(code_only(raw).split("\n"), start=1):
        above = raw_lines[number - 2].strip() if number > 1 else ""
        allowed = MARKER in raw_lines[number - 1] or (above.startswith("//") and MARKER in above)
        problems = []
        if "try!" in line:
            problems.append("try! (handle the error and say what to change)")
        if re.search(r"\bas!", line):
            problems.append("as! (use as? and handle the other case)")
        if re.search(r"\b(fatalError|preconditionFailure|precondition|assertionFailure)\(", line):
            problems.append("a deliberate trap (throw an error or report a diagnostic)")
        if re.search(r"(?<!\btry)(?<!\bas)(?<=[\w\)\]])!(?!=)", line):
            problems.append("force unwrap (use if let / guard let / ??)")
        for match in CONVERSION.finditer(line):
            inner = argument(line, match.end() - 1)
            if inner.startswith(("exactly:", "clamping:", "truncatingIfNeeded:", "bitPattern:")):
                continue
            if FLOAT_HINTS.search(inner):
                problems.append(f"unchecked conversion {match.group(0)}{inner}) (use Int(exactly:) or check the range)")
        if problems and not allowed:
            for problem in problems:
                yield f"{path}:{number}: error: {problem}; or mark the line '// {MARKER} <why>'"


def main():
    roots = [Path(p) for p in (sys.argv[1:] or ["Sources"])]
    found = [f for root in roots for path in sorted(root.rglob("*.swift")) for f in findings(path)]
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} way(s) to trap; see Tests/Lint/no_traps.py and Docs/Reliability.md", file=sys.stderr)
        return 1
    print("no traps found in " + ", ".join(map(str, roots)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
