#!/usr/bin/env python3
"""Builds a second wave of a netwerkkaart from a first one with seeded changes, and writes the
list of changes it made, for the `netwerkkaart diff` tests.

    python3 Tests/Waves/make_wave.py SEED FIRST_WAVE_FOLDER OUT_FOLDER

OUT_FOLDER receives actors.csv, ties.csv, map.csv (wave 2) and changes.json:

    {"actors_added": [id], "actors_removed": [id],
     "actor_changes": [{"id", "field", "before", "after"}],
     "ties_added": [[a, b]], "ties_removed": [[a, b]],
     "tie_changes": [{"pair": [a, b], "field", "before", "after"}]}

Changes, all drawn from random.Random(SEED): two actors leave (with every tie they had), three
other ties end, two roles change (possibly to none), one type and one label change, weight,
motief and vorm change on three kept ties, two new actors join with two ties each, and three new
ties link actors that had none. Only the Python standard library is used; the first wave is
read as undirected with every pair listed once (as the examples are).
"""
import csv
import json
import os
import random
import sys

ROLES = ["kern", "context", "verankering", "omkadering", ""]
TYPES = ["clb", "bedrijf", "cultuur-sport", "welzijn", "andere-school", "bibliotheek"]
MOTIVES = ["taak", "relatie", "groei"]
FORMS = ["face-to-face", "online", "hybride"]


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(column, "") for column in header])


def pair(a, b):
    return tuple(sorted((a, b)))


def main(seed, source, out):
    rng = random.Random(seed)
    actor_header, actors = read(os.path.join(source, "actors.csv"))
    tie_header, ties = read(os.path.join(source, "ties.csv"))
    first_pairs = {pair(t["source"], t["target"]) for t in ties}
    changes = {key: [] for key in
               ["actors_added", "actors_removed", "actor_changes", "ties_added", "ties_removed", "tie_changes"]}

    # Two actors leave, with their ties.
    leaving = rng.sample([a["id"] for a in actors if a["type"] != "school"], 2)
    changes["actors_removed"] = [a["id"] for a in actors if a["id"] in leaving]
    actors = [a for a in actors if a["id"] not in leaving]
    kept = []
    for tie in ties:
        if tie["source"] in leaving or tie["target"] in leaving:
            changes["ties_removed"].append(list(pair(tie["source"], tie["target"])))
        else:
            kept.append(tie)
    # Three other ties end.
    for tie in rng.sample(kept, 3):
        kept.remove(tie)
        changes["ties_removed"].append(list(pair(tie["source"], tie["target"])))
    ties = kept

    # Two roles, one type and one label change.
    others = [a for a in actors if a["type"] != "school"]
    changed = rng.sample(others, 4)
    for actor in changed[:2]:
        new = rng.choice([r for r in ROLES if r != actor["role"]])
        changes["actor_changes"].append({"id": actor["id"], "field": "role", "before": actor["role"] or None,
                                         "after": new or None})
        actor["role"] = new
    new_type = rng.choice([t for t in TYPES if t != changed[2]["type"]])
    changes["actor_changes"].append({"id": changed[2]["id"], "field": "type", "before": changed[2]["type"] or None,
                                     "after": new_type})
    changed[2]["type"] = new_type
    new_label = changed[3]["label"] + " (nieuwe naam)"
    changes["actor_changes"].append({"id": changed[3]["id"], "field": "label", "before": changed[3]["label"] or None,
                                     "after": new_label})
    changed[3]["label"] = new_label

    # Weight, motief and vorm change on three kept ties.
    for tie, field, values in zip(rng.sample(ties, 3), ["weight", "motief", "vorm"],
                                  [[str(w) for w in range(1, 6)], MOTIVES, FORMS]):
        new = rng.choice([v for v in values if v != tie[field]])
        changes["tie_changes"].append({"pair": list(pair(tie["source"], tie["target"])), "field": field,
                                       "before": tie[field] or None, "after": new})
        tie[field] = new

    def new_tie(a, b):
        tie = {column: "" for column in tie_header}
        tie.update(source=a, target=b, weight=str(rng.randint(1, 5)), frequentie="maandelijks",
                   vorm=rng.choice(FORMS), motief=rng.choice(MOTIVES), doel="nieuwe samenwerking")
        ties.append(tie)
        changes["ties_added"].append(list(pair(a, b)))

    # Two new actors with two ties each, to actors of both waves.
    present = [a["id"] for a in actors]
    for number in (1, 2):
        actor_id = f"nieuw-{seed}-{number}"
        actors.append({"id": actor_id, "label": f"Nieuwe partner {number} (seed {seed})",
                       "role": rng.choice(ROLES[:4]), "type": rng.choice(TYPES), "intern": "nee"})
        changes["actors_added"].append(actor_id)
        for partner in rng.sample(present, 2):
            new_tie(partner, actor_id)
    # Three new ties between actors of both waves that had none.
    tied = {pair(t["source"], t["target"]) for t in ties}
    candidates = [(a, b) for i, a in enumerate(present) for b in present[i + 1:]
                  if pair(a, b) not in first_pairs and pair(a, b) not in tied]
    for a, b in rng.sample(candidates, 3):
        new_tie(a, b)

    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "actors.csv"), actor_header, actors)
    write(os.path.join(out, "ties.csv"), tie_header, ties)
    write(os.path.join(out, "map.csv"), ["key", "value"], [{"key": "wave", "value": "2"}])
    with open(os.path.join(out, "changes.json"), "w", encoding="utf-8") as handle:
        json.dump(changes, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
