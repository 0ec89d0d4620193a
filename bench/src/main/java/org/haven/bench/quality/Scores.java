package org.haven.bench.quality;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Quality of one matcher on one dataset. A MATCH row naming the true record is a true positive,
 * any other MATCH row a false positive; a query with a true record but no MATCH row for it is a false
 * negative. Top-5 recall: share of queries with a true record that have it among their rows.
 */
public record Scores(String matcher, int truePositives, int falsePositives, int falseNegatives, int foundInTop5,
                     int withTruth, double buildSeconds, double meanQueryMillis) {

    public static Scores of(String matcher, Map<String, List<Matcher.Answer>> answers, Map<String, String> truth,
                            double buildSeconds, double meanQueryMillis) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int top5 = 0;
        for (var entry : answers.entrySet()) {
            String expected = truth.get(entry.getKey());
            boolean matched = false;
            for (var answer : entry.getValue()) {
                if (answer.recordId().equals(expected)) {
                    top5++;
                }
                if (answer.match()) {
                    if (answer.recordId().equals(expected)) {
                        tp++;
                        matched = true;
                    } else {
                        fp++;
                    }
                }
            }
            if (expected != null && !matched) {
                fn++;
            }
        }
        return new Scores(matcher, tp, fp, fn, top5, truth.size(), buildSeconds, meanQueryMillis);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double top5Recall() {
        return withTruth == 0 ? 0 : (double) foundInTop5 / withTruth;
    }

    public static String header() {
        return "| matcher | precision | recall | F1 | top-5 recall | TP | FP | FN | index build (s) | mean query (ms) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    public String row() {
        return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %d | %d | %d | %.1f | %.2f |", matcher,
                precision(), recall(), f1(), top5Recall(), truePositives, falsePositives, falseNegatives,
                buildSeconds, meanQueryMillis);
    }
}
