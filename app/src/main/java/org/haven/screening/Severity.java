package org.haven.screening;

/**
 * How much an indicator weighs. A severe indicator alone gives reasonable grounds to presume the
 * child is a victim; the others add up.
 */
public enum Severity {
    SEVERE(6), STRONG(3), MODERATE(2), WEAK(1);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
