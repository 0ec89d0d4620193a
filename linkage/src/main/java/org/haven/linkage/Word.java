package org.haven.linkage;

import java.util.List;

/**
 * One word of a name as the matcher sees it: its Latin form, its consonant skeleton, the skeletons of
 * the full names it stands for when it is a diminutive ("sasha" stands for "aleksandr"), whether it is
 * one, its other readings when it was written in Arabic script ({@link ArabicScript}), how it and its
 * full name are said ({@link NameForms#soundSpelling}), its family-name ending ({@link Endings}), the
 * consonants it may stand for ({@link NameForms#consonants}), and the joining word it begins with and
 * the name after it (Benomar: ben, Omar; {@link Endings#particleOf}).
 */
record Word(String latin, String skeleton, String[] fullNameSkeletons, boolean isDiminutive, ArabicScript arabic,
        String[] sounds, String[] fullNameSounds, Endings.Ending ending, String[] consonants,
        Endings.Particle particle, Word afterParticle) {

    /**
     * The word as the matcher sees it, shared with every record that has it. {@code arabic}: the
     * word was written in Arabic script, which leaves short vowels out, so its spelling in Latin
     * letters says little beyond its consonants; it carries its other readings. Null for another script.
     */
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
                        : NameForms.consonants(latin, arabic.persian(), arabic.finalHeSaid(), arabic.spelt()),
                // read through Nicknames, which reads a word before it files it (no computeIfAbsent), so
                // this may nest: each level is shorter by a joining word
                particle, particle == null ? null : nicknames.word(latin.substring(particle.length()),
                        arabic == null ? null : arabic.after(latin, particle.length())));
    }

    /**
     * How a word written in Arabic script also reads in Latin letters: with the Persian sounds of
     * its letters ({@link NameForms#persianWords}), with its final ه said as a vowel
     * ({@link NameForms#wordsWithFinalHeSaidAsVowel}), and as its letters spell it whichever
     * orthography wrote it ({@link NameForms#wordsAsSpelt}); each is the word itself when it reads no
     * other way.
     */
    record ArabicScript(String persian, String finalHeSaid, String spelt) {

        /** The readings of a word: each the word itself ({@code latin}, the same instance) where it reads no other way. */
        static ArabicScript of(String latin, String persian, String finalHeSaid, String spelt) {
            return new ArabicScript(persian.equals(latin) ? latin : persian,
                    finalHeSaid.equals(latin) ? latin : finalHeSaid, spelt.equals(latin) ? latin : spelt);
        }

        String key(String latin) {
            var key = new StringBuilder("~").append(latin);
            for (String reading : new String[] {persian, finalHeSaid, spelt}) {
                key.append('~').append(reading.equals(latin) ? "" : reading);
            }
            return key.toString();
        }

        /**
         * The readings from the {@code letters}th letter on: of the name after a joining word, which
         * every reading spells alike (ب ن ا ل و read the same in each); a reading that does not is
         * taken to read as the word.
         */
        ArabicScript after(String latin, int letters) {
            String prefix = latin.substring(0, letters);
            String rest = latin.substring(letters);
            return of(rest, afterOr(persian, prefix, rest), afterOr(finalHeSaid, prefix, rest), afterOr(spelt, prefix, rest));
        }

        private static String afterOr(String reading, String prefix, String rest) {
            return reading.startsWith(prefix) ? reading.substring(prefix.length()) : rest;
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
