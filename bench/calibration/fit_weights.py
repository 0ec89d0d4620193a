#!/usr/bin/env python3
"""What each finding is worth on generated data, as a check on the engine's reasoned weights.

Reads the CSV written by EvidenceDump (one row per reason of each of a query's candidates) and fits
a conditional logit: each query chooses one of its candidates, or none (the child is not in the
records). A name finding's weight is a multiplier of the bits the engine gave it (1.0: the engine
got it right); every other finding's weight is in bits. Then it prints precision, recall and F1 of
"match when the chosen candidate holds at least t of the probability" on a second dump, so one can
see how much a re-weighting could gain at most (bench/README.md, "Checking the weights").

Needs python3 with numpy and scipy. Usage: fit_weights.py FIT.csv CHECK.csv
"""
import csv
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import minimize


def feature(field, finding, detail):
    if field == "NAME":
        if finding == "NOT_COMPARABLE":
            return "name not comparable"
        if finding == "SWAPPED":
            return "name order swapped (the penalty)"
        part = ("another position" if detail.startswith("name in another") else
                "second given name" if detail.startswith("another") else
                "given as family or family as given" if " as " in detail else
                "given" if detail.startswith("given") else "family")
        return f"name {part} {finding.lower()} (x bits)"
    if field == "BIRTH_DATE":
        return f"date {finding.lower()} {detail}".strip()
    return f"{field.lower()} {finding.lower()}"


def load(path):
    """Per query: the candidates' feature dicts, which one is right (or None); and how many queries
    are about a child in the records."""
    queries = defaultdict(dict)
    right = {}
    in_records = set()
    for row in csv.DictReader(open(path, encoding="utf-8")):
        q, rank = row["query"], int(row["rank"])
        if row["child_in_records"] == "1":
            in_records.add(q)
        if rank < 0:  # a query without candidates
            continue
        f = feature(row["field"], row["finding"], row["detail"])
        value = float(row["bits"]) if f.endswith("(x bits)") else 1.0
        cand = queries[q].setdefault(rank, defaultdict(float))
        cand[f] += value
        if row["label"] == "1":
            right[q] = rank
    return [(ranks, right.get(q)) for q, ranks in queries.items()], len(in_records)


def matrices(queries, names):
    column = {n: i for i, n in enumerate(names)}
    blocks = []
    for ranks, right in queries:
        x = np.zeros((len(ranks), len(names)))
        for rank in sorted(ranks):
            for f, v in ranks[rank].items():
                if f in column:
                    x[rank, column[f]] = v
        blocks.append((x, right))
    return blocks


def loss(w, blocks):
    total, grad = 0.0, np.zeros_like(w)
    for x, right in blocks:
        u = np.append(x @ w[1:], w[0])
        p = np.exp(u - u.max())
        p /= p.sum()
        chosen = len(u) - 1 if right is None else right
        total -= np.log(p[chosen] + 1e-300)
        p[chosen] -= 1
        grad[1:] += x.T @ p[:-1]
        grad[0] += p[-1]
    return total + 0.01 * w[1:] @ w[1:], grad + np.append(0, 0.02 * w[1:])


def scores(w, blocks, share, in_records):
    tp = fp = 0
    for x, right in blocks:
        u = np.append(x @ w[1:], w[0])
        p = np.exp(u - u.max())
        p /= p.sum()
        best = int(np.argmax(u[:-1]))
        if p[best] >= share:
            tp, fp = (tp + 1, fp) if right == best else (tp, fp + 1)
    precision, recall = tp / max(1, tp + fp), tp / in_records
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def main(fit_path, check_path):
    fit, _ = load(fit_path)
    check, in_records = load(check_path)
    names = sorted({f for ranks, _ in fit for c in ranks.values() for f in c})
    w = minimize(loss, np.zeros(len(names) + 1), args=(matrices(fit, names),), jac=True,
                 method="L-BFGS-B", options={"maxiter": 500}).x
    print(f"{'finding':60s} weight")
    for name, weight in zip(names, w[1:]):
        print(f"{name:60s} {weight / np.log(2):7.2f}")
    print(f"{'none of them (bits)':60s} {w[0] / np.log(2):7.2f}")
    blocks = matrices(check, names)
    for share in (0.4, 0.5, 0.6, 0.7):
        p, r, f1 = scores(w, blocks, share, in_records)
        print(f"on {check_path}, match at share {share}: precision {p:.4f} recall {r:.4f} F1 {f1:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
