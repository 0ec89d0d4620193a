package org.haven.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Diminutives children go by (Sasha for Aleksandr, Kasia for Katarzyna, Hamoudi for Mohammed), read
 * from {@code nicknames.txt}: one line per full name, "full name: diminutive, diminutive", in any script.
 */
final class Nicknames {

    /** Words already read, shared by every record that has them: at a million records most names repeat. */
    private static final int MOST_WORDS_KEPT = 2_000_000;
    private static final Nicknames NONE = new Nicknames(Map.of());

    private final Map<String, String> fullNames;
    private final Map<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();

    private Nicknames(Map<String, String> fullNames) {
        this.fullNames = fullNames;
    }

    static Nicknames standard() {
        return Holder.STANDARD;
    }

    static Nicknames none() {
        return NONE;
    }

    /** The Latin full name a Latin word is a diminutive of, or the word itself. */
    String fullNameOf(String latinWord) {
        return fullNames.getOrDefault(latinWord, latinWord);
    }

    /** The word as the matcher sees it, read once and then shared. */
    Word word(String latin, boolean unvowelled) {
        String key = unvowelled ? "~" + latin : latin;
        Word known = words.get(key);
        if (known != null) {
            return known;
        }
        Word word = Word.read(latin, this, unvowelled);
        if (words.size() < MOST_WORDS_KEPT) {
            words.putIfAbsent(key, word);
        }
        return word;
    }

    private static final class Holder {
        static final Nicknames STANDARD = load();

        private static Nicknames load() {
            var map = new HashMap<String, String>();
            var in = Objects.requireNonNull(Nicknames.class.getResourceAsStream("nicknames.txt"), "nicknames.txt");
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int colon = line.indexOf(':');
                    if (line.isBlank() || line.startsWith("#") || colon < 0) {
                        continue;
                    }
                    String full = NameForms.latin(line.substring(0, colon)).replace(" ", "");
                    for (String nickname : line.substring(colon + 1).split(",")) {
                        String latin = NameForms.latin(nickname).replace(" ", "");
                        if (!latin.isEmpty() && !latin.equals(full)) {
                            map.putIfAbsent(latin, full);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Nicknames(Map.copyOf(map));
        }
    }
}
