#!/usr/bin/env python3
"""How far a free, non-linear decision on the engine's own findings could take F1: the ceiling of
re-weighting and re-deciding, as against finding more (bench/README.md, "Checking the weights").

Reads two EvidenceDump files. For every candidate of every query it builds the features: the bits
of each finding (as fit_weights.py names them) and how many there are, the candidate's total bits,
its margin over the best other candidate, its rank, the number of candidates, its share of the
query's evidence (log-sum-exp) and how many candidates come within 3 bits. A gradient-boosted
classifier (scikit-learn's HistGradientBoostingClassifier) learns "this candidate is the right
record" on the first file; on the second, each query's most probable candidate is called a match
above the probability that gave the best F1 on the first. It prints P, R, F1 and how often the
right record is the most probable, for three sets of features: the score alone, everything, and
everything but nationality and place of birth (which the generator never gets wrong, so a decider
that leans on them learns the generator, not the children).

Needs python3 with numpy and scikit-learn. Usage: decider_ceiling.py FIT.csv CHECK.csv
"""
import csv
import sys
from collections import defaultdict

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from fit_weights import feature

SCORE_FEATURES = ["total bits", "margin over the next", "rank", "candidates", "share (log)", "within 3 bits"]


def load(path):
    findings = defaultdict(lambda: defaultdict(lambda: defaultdict(float)))
    total = defaultdict(lambda: defaultdict(float))
    right, in_records = {}, set()
    for row in csv.DictReader(open(path, encoding="utf-8")):
        q, rank = row["query"], int(row["rank"])
        if row["child_in_records"] == "1":
            in_records.add(q)
        if rank < 0:
            continue
        f, bits = feature(row["field"], row["finding"], row["detail"]), float(row["bits"])
        findings[q][rank][f] += bits
        findings[q][rank]["#" + f] += 1
        total[q][rank] += bits
        if row["label"] == "1":
            right[q] = rank
    return findings, total, right, in_records


def rows(data, names=None):
    findings, total, right, _ = data
    if names is None:
        names = sorted({f for cands in findings.values() for c in cands.values() for f in c})
    column = {n: i for i, n in enumerate(names)}
    x, y, query = [], [], []
    for q, cands in findings.items():
        ranks = sorted(cands, key=lambda r: -total[q][r])
        scores = np.array([total[q][r] for r in ranks])
        log_sum = np.log(np.sum(np.exp(scores - scores.max()))) + scores.max()
        for i, r in enumerate(ranks):
            v = np.zeros(len(names) + len(SCORE_FEATURES))
            for f, bits in cands[r].items():
                if f in column:
                    v[column[f]] = bits
            others = np.delete(scores, i)
            v[len(names):] = [scores[i], scores[i] - (others.max() if len(others) else -50), i, len(ranks),
                              scores[i] - log_sum, np.sum(scores > scores[i] - 3)]
            x.append(v)
            y.append(1 if right.get(q) == r else 0)
            query.append(q)
    return np.array(x), np.array(y), np.array(query), names


def evaluate(p, y, query, in_records, threshold):
    best = {}
    for i, q in enumerate(query):
        if q not in best or p[i] > p[best[q]]:
            best[q] = i
    tp = sum(1 for i in best.values() if p[i] >= threshold and y[i])
    fp = sum(1 for i in best.values() if p[i] >= threshold and not y[i])
    precision, recall = tp / max(1, tp + fp), tp / len(in_records)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1, sum(1 for i in best.values() if y[i]) / len(in_records)


def main(fit_path, check_path):
    fit, check = load(fit_path), load(check_path)
    x_fit, y_fit, q_fit, names = rows(fit)
    x_check, y_check, q_check, _ = rows(check, names)
    n = len(names)
    score_only = list(range(n, n + len(SCORE_FEATURES)))
    realistic = [i for i, name in enumerate(names) if "nationality" not in name and "birth_place" not in name]
    for label, columns in [("score alone", score_only), ("every finding", list(range(n)) + score_only),
                           ("every finding but nationality and place", realistic + score_only)]:
        model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, l2_regularization=1.0)
        model.fit(x_fit[:, columns], y_fit)
        p_fit = model.predict_proba(x_fit[:, columns])[:, 1]
        threshold = max(np.arange(0.2, 0.95, 0.02), key=lambda t: evaluate(p_fit, y_fit, q_fit, fit[3], t)[2])
        p, r, f1, first = evaluate(model.predict_proba(x_check[:, columns])[:, 1], y_check, q_check, check[3],
                                   threshold)
        print(f"{label}: precision {p:.4f} recall {r:.4f} F1 {f1:.4f} right record most probable {first:.4f}"
              f" (threshold {threshold:.2f})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
