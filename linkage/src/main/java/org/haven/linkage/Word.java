package org.haven.linkage;

/**
 * One word of a name as the matcher sees it: its Latin form, its consonant skeleton, the skeleton of
 * the full name it stands for when it is a diminutive ("sasha" stands for "aleksandr"), whether it is
 * one, whether it was written in a script without short vowels, how it and its full name are said
 * ({@link NameForms#soundSpelling}), its family-name ending ({@link Endings}), and the consonants it
 * may stand for ({@link NameForms#consonants}).
 */
record Word(String latin, String skeleton, String fullNameSkeleton, boolean isDiminutive, boolean unvowelled,
        String[] sounds, String fullNameSound, Endings.Ending ending, String[] consonants) {

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
        String fullName = nicknames.fullNameOf(latin);
        boolean diminutive = !fullName.equals(latin);
        String[] sounds = NameForms.readings(latin);
        return new Word(latin, skeleton, diminutive ? NameForms.skeleton(fullName) : skeleton, diminutive,
                unvowelled, sounds, diminutive ? NameForms.soundSpelling(fullName) : sounds[0], Endings.of(latin),
                NameForms.consonants(latin, unvowelled));
    }
}
