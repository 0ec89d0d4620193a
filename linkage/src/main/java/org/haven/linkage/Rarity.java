package org.haven.linkage;

/** What agreement on a name is worth, in bits, given its consonant skeleton: rarer names are worth more. */
@FunctionalInterface
interface Rarity {

    double bitsFor(String skeleton);
}
