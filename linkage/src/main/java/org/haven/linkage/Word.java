package org.haven.linkage;

import java.util.List;

/**
 * One word of a name as the matcher sees it: its Latin form, its consonant skeleton, the skeletons of
 * the full names it stands for when it is a diminutive ("sasha" stands for "aleksandr"), whether it is
 * one, whether it was written in a script without short vowels, how it and its full name are said
 * ({@link NameForms#soundSpelling}), its family-name ending ({@link Endings}), and the consonants it
 * may stand for ({@link NameForms#consonants}).
 */
record Word(String latin, String skeleton, String[] fullNameSkeletons, boolean isDiminutive, boolean unvowelled,
        String[] sounds, String[] fullNameSounds, Endings.Ending ending, String[] consonants) {

    /**
     * {@code unvowelled}: the word was written in a script that leaves short vowels out (Arabic,
     * Persian), so its spelling in Latin letters says little beyond its consonants.
     */
    static Word of(String latin, Nicknames nicknames, boolean unvowelled) {
        return nicknames.word(latin, unvowelled);
    }

    /** Reads a word afresh; {@link #of} shares words already read. */
    static Word read(String latin, Nicknames nicknames, boolean unvowelled) {
        String skeleton = NameForms.skeleton(latin);
        List<String> fullNames = nicknames.fullNamesOf(latin);
        boolean diminutive = !fullNames.isEmpty();
        String[] sounds = NameForms.readings(latin);
        return new Word(latin, skeleton,
                diminutive ? fullNames.stream().map(NameForms::skeleton).distinct().toArray(String[]::new)
                        : new String[] {skeleton},
                diminutive, unvowelled, sounds,
                diminutive ? fullNames.stream().map(NameForms::soundSpelling).distinct().toArray(String[]::new)
                        : new String[] {sounds[0]},
                Endings.of(latin), NameForms.consonants(latin, unvowelled));
    }

    /** Whether the two stand for one full name: both the same name, or one or both diminutives of it. */
    boolean sameFullName(Word other) {
        for (String x : fullNameSkeletons) {
            for (String y : other.fullNameSkeletons) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
