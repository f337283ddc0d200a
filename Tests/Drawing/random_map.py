"""Writes a seeded random netwerkkaart of a school and its partners, for drawing tests.

    python3 Tests/Drawing/random_map.py --actors 80 --seed 2026 OUT_DIR

The map looks like a real one, only larger: one school (type `school`, role kern), an internal
team (type `schoolteam`, intern `ja`) and external partners of ten types, every role plus actors
without a role, labels of 8 to 50 characters (some with spaces, so they wrap), and about 2.3 ties
per actor: most to the school or the team, some within a type, a few anywhere. Ties carry a
weight 1-5, a `motief` (taak, relatie, groei) and `formeel`. The same seed gives the same files
on every machine (Python's `random.Random`, which is specified to be reproducible).
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

TYPES = ["clb", "overheid", "welzijn", "cultuur-sport", "andere-school", "bedrijf", "universiteit",
         "nascholing", "ouders", "schoolbestuur"]
WORDS = ["Stedelijk", "Vrij", "Centrum", "Dienst", "Huis", "Academie", "Vereniging", "Instituut", "Kring",
         "Regionaal", "Netwerk", "Platform", "Sport", "Jeugd", "Welzijn", "Onderwijs", "Cultuur", "Zorg",
         "Hoogheide", "Kempenland", "Dendermeer", "Noord", "Zuid", "De Notelaar", "'t Klavertje", "Leerkracht+"]
TEAM = ["Directeur", "Zorgcoördinator", "Beleidsondersteuner", "ICT-coördinator", "Werkgroep lezen",
        "Kleuterteam", "Leraren lager onderwijs", "Werkgroep STEM", "Mentor beginnende leraren", "Vakgroep talen",
        "Leerlingenbegeleiders", "Preventieadviseur"]
ROLES = ["kern", "verankering", "omkadering", "context", ""]


def label(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 5))]
    return " ".join(words)[:50].strip()


def generate(actors: int, seed: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    rows = [{"id": "school", "label": "Vrije Basisschool Het Anker", "role": "kern", "type": "school",
             "intern": "ja"}]
    team = min(len(TEAM), max(2, actors // 7))
    for index in range(team):
        rows.append({"id": f"team{index}", "label": TEAM[index], "role": rng.choice(["kern", "kern", "omkadering"]),
                     "type": "schoolteam", "intern": "ja"})
    for index in range(actors - len(rows)):
        rows.append({"id": f"p{index}", "label": label(rng), "role": rng.choices(ROLES, [3, 3, 3, 5, 1])[0],
                     "type": rng.choice(TYPES), "intern": "nee"})
    ids = [row["id"] for row in rows]
    by_type: dict[str, list[str]] = {}
    for row in rows:
        by_type.setdefault(row["type"], []).append(row["id"])
    pairs: set[tuple[str, str]] = set()

    def add(a: str, b: str) -> None:
        if a != b and (a, b) not in pairs and (b, a) not in pairs:
            pairs.add((a, b))

    for row in rows[1:]:
        if rng.random() < 0.5:
            add("school", row["id"])
        else:
            add(rng.choice(ids[1:team + 1]), row["id"])
    for _ in range(int(actors * 0.8)):
        kind = rng.choice(TYPES)
        if len(by_type.get(kind, [])) > 1:
            add(*rng.sample(by_type[kind], 2))
    for _ in range(int(actors * 0.5)):
        add(*rng.sample(ids, 2))
    ties = [{"source": a, "target": b, "weight": rng.randint(1, 5), "motief": rng.choice(["taak", "relatie", "groei"]),
             "formeel": rng.choice(["formeel", "formeel", "informeel"])} for a, b in sorted(pairs, key=lambda p: (ids.index(p[0]), ids.index(p[1])))]
    return rows, ties


def write(rows: list[dict], ties: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, records in (("actors.csv", rows), ("ties.csv", ties)):
        with (out / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(records[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=80)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    write(*generate(args.actors, args.seed), args.out)


if __name__ == "__main__":
    main()
