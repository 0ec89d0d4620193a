package org.haven.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a given name is a boy's or a girl's, as the records in the index tell it: Fiona, Thi and
 * Zahra are written down for girls, Arbër, Van and Ahmad for boys, Sasha for both. A record whose
 * sex is left out can then still be told from a child of the other sex. Counted by the first given
 * name as said ({@link NameForms#soundSpelling}), so Yulia and Julia count together. Not safe for
 * concurrent use: the index guards it with its lock.
 */
final class NameSexes {

    /** How many records must give the name, and what share of them one sex, for the name to tell it. */
    private static final int RECORDS_NEEDED = 10;
    private static final double SHARE_NEEDED = 0.95;

    private final Map<String, int[]> counts = new HashMap<>();

    void add(Profile profile) {
        count(profile, 1);
    }

    void remove(Profile profile) {
        count(profile, -1);
    }

    private void count(Profile profile, int delta) {
        String name = nameOf(profile);
        if (name == null || profile.sex() == PersonRecord.Sex.UNKNOWN) {
            return;
        }
        int[] count = counts.computeIfAbsent(name, k -> new int[2]);
        count[profile.sex() == PersonRecord.Sex.MALE ? 0 : 1] += delta;
        if (count[0] == 0 && count[1] == 0) {
            counts.remove(name);
        }
    }

    /** The sex the record's first given name tells, or UNKNOWN when it has none or the name is given to both. */
    PersonRecord.Sex sexOf(Profile profile) {
        String name = nameOf(profile);
        int[] count = name == null ? null : counts.get(name);
        if (count == null || count[0] + count[1] < RECORDS_NEEDED) {
            return PersonRecord.Sex.UNKNOWN;
        }
        double boys = (double) count[0] / (count[0] + count[1]);
        return boys >= SHARE_NEEDED ? PersonRecord.Sex.MALE
                : 1 - boys >= SHARE_NEEDED ? PersonRecord.Sex.FEMALE : PersonRecord.Sex.UNKNOWN;
    }

    /** The share of the records giving the record's first given name that give it for {@code sex}, or NaN for a name not counted. */
    double shareOf(Profile profile, PersonRecord.Sex sex) {
        String name = nameOf(profile);
        int[] count = name == null ? null : counts.get(name);
        if (count == null || count[0] + count[1] == 0 || sex == PersonRecord.Sex.UNKNOWN) {
            return Double.NaN;
        }
        return (double) count[sex == PersonRecord.Sex.MALE ? 0 : 1] / (count[0] + count[1]);
    }

    private static String nameOf(Profile profile) {
        return profile.given.length == 0 ? null : profile.given[0].sounds()[0];
    }

    /** Knows no names: every record's sex is what it says. */
    static NameSexes none() {
        return new NameSexes();
    }
}
