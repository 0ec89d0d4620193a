package org.haven.bench.synth;

/**
 * How widely the generated children's names are spread: how many share a family name, and how
 * skewed the given names are. Namesakes (same names, sex and year of birth) are the hardest queries
 * for any matcher, so the spread decides much of what a quality benchmark measures.
 */
public enum NameSpread {

    /**
     * Closer to real populations, though still narrower (bench/README.md). In most populations only
     * a share of the people carry one of the hundred or so common family names of the list
     * ({@link Population#commonFamilyNames}); the others carry rarer names made from given names
     * ({@link FamilyNames}). Given names are drawn with weight 1/rank^0.6, so the commonest is given
     * to about one child in ten (in Poland, Jakub was given to about one boy in twenty in 2010;
     * Mohammad is commoner in the Muslim populations).
     */
    WIDE(true, 0.6),

    /**
     * The way the generator drew names until 2026-12 (a seed no longer gives the same draws): only
     * the common family names of the list, and given names and family names drawn with weight
     * 1/rank^0.9, so the commonest of each is carried by about one child in six (Nowak, the
     * commonest family name in Poland, is carried by about one person in two hundred). At 100,000
     * records more than a quarter of the queries are about a child with a namesake.
     */
    NARROW(false, 0.9);

    final boolean madeFamilyNames;
    /** The exponent of the rank in the weight of a given name (and, in NARROW, of a family name). */
    final double skew;

    NameSpread(boolean madeFamilyNames, double skew) {
        this.madeFamilyNames = madeFamilyNames;
        this.skew = skew;
    }
}
