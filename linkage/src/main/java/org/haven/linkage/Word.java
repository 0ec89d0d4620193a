package org.haven.linkage;

import java.util.List;

/**
 * One word of a name as the matcher sees it: its Latin form, its consonant skeleton, the skeletons of
 * the full names it stands for when it is a diminutive ("sasha" stands for "aleksandr"), whether it is
 * one, whether it was written in a script without short vowels, how it and its full name are said
 * ({@link NameForms#soundSpelling}), its family-name ending ({@link Endings}), and the consonants it
 * may stand for ({@link NameForms#consonants}).
 */
record Word(String latin, String skeleton, String[] fullNameSkeletons, boolean isDiminutive, ArabicScript arabic,
        String[] sounds, String[] fullNameSounds, Endings.Ending ending, String[] consonants,
        Endings.Particle particle, Word afterParticle) {

    /**
     * {@code unvowelled}: the word was written in a script that leaves short vowels out (Arabic,
     * Persian), so its spelling in Latin letters says little beyond its consonants.
     */
    static Word of(String latin, Nicknames nicknames, boolean unvowelled) {
        return nicknames.word(latin, unvowelled ? new ArabicScript(latin, latin) : null);
    }

    /** A word written in Arabic script, with its other readings ({@link ArabicScript}). */
    static Word of(String latin, Nicknames nicknames, ArabicScript arabic) {
        return nicknames.word(latin, arabic);
    }

    /** Reads a word afresh; {@link #of} shares words already read. {@code arabic} is null for a word in another script. */
    static Word read(String latin, Nicknames nicknames, ArabicScript arabic) {
        String skeleton = arabic == null ? NameForms.skeleton(latin) : NameForms.arabicSkeleton(latin);
        var particle = Endings.particleOf(latin);
        List<String> fullNames = nicknames.fullNamesOf(latin);
        boolean diminutive = !fullNames.isEmpty();
        String[] sounds = NameForms.readings(latin);
        return new Word(latin, skeleton,
                diminutive ? fullNames.stream().map(NameForms::skeleton).distinct().toArray(String[]::new)
                        : new String[] {skeleton},
                diminutive, arabic, sounds,
                diminutive ? fullNames.stream().map(NameForms::soundSpelling).distinct().toArray(String[]::new)
                        : new String[] {sounds[0]},
                Endings.of(latin), arabic == null ? NameForms.consonants(latin, false)
                        : NameForms.consonants(latin, arabic.persian(), arabic.finalHeSaid()),
                particle, particle == null ? null : nicknames.word(latin.substring(particle.length()),
                        arabic == null ? null : arabic.after(particle.length())));
    }

    /**
     * How a word written in Arabic script also reads in Latin letters: with the Persian sounds of
     * its letters ({@link NameForms#persianWords}) and with its final ه said as a vowel
     * ({@link NameForms#wordsWithFinalHeSaidAsVowel}); each is the word itself when it reads no other way.
     */
    record ArabicScript(String persian, String finalHeSaid) {

        String key(String latin) {
            return "~" + latin + "~" + persian + "~" + finalHeSaid;
        }

        /** The readings from the {@code letters}th letter on: of the name after a joining word. */
        ArabicScript after(int letters) {
            return new ArabicScript(persian.substring(Math.min(letters, persian.length())),
                    finalHeSaid.substring(Math.min(letters, finalHeSaid.length())));
        }
    }

    /** Whether the word was written in a script that leaves short vowels out (Arabic, Persian). */
    boolean unvowelled() {
        return arabic != null;
    }

    /** The skeletons the word also has when read otherwise: رضا, read as Persian says it, is Reza. */
    List<String> otherSkeletons() {
        return arabic == null || arabic.persian().equals(latin) ? List.of()
                : List.of(NameForms.arabicSkeleton(arabic.persian()));
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
