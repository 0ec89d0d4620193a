package org.haven.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Diminutives children go by (Sasha for Aleksandr, Kasia for Katarzyna, Hamoudi for Mohammed), read
 * from {@code nicknames.txt}: one line per full name, "full name: diminutive, diminutive", in any script.
 * A diminutive may stand for several names (Slava for Vyacheslav, Yaroslav or Vladislav; Dima for
 * Dmitriy or Vadim), and for the names its own full name is a diminutive of (Nikusya is a Nika, and
 * Nika a Veronika).
 */
final class Nicknames {

    /** Words already read, shared by every record that has them: at a million records most names repeat. */
    private static final int MOST_WORDS_KEPT = 2_000_000;
    private static final Nicknames NONE = new Nicknames(Map.of());

    private final Map<String, List<String>> fullNames;
    private final Map<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();

    private Nicknames(Map<String, List<String>> fullNames) {
        this.fullNames = fullNames;
    }

    static Nicknames standard() {
        return Holder.STANDARD;
    }

    static Nicknames none() {
        return NONE;
    }

    /** The Latin full names a Latin word is a diminutive of; empty for a word that is none. */
    List<String> fullNamesOf(String latinWord) {
        return fullNames.getOrDefault(latinWord, List.of());
    }

    /** The word as the matcher sees it, read once and then shared. */
    Word word(String latin, Word.ArabicScript arabic) {
        String key = arabic == null ? latin : arabic.key(latin);
        Word known = words.get(key);
        if (known != null) {
            return known;
        }
        Word word = Word.read(latin, this, arabic);
        if (words.size() < MOST_WORDS_KEPT) {
            words.putIfAbsent(key, word);
        }
        return word;
    }

    private static final class Holder {
        static final Nicknames STANDARD = load();

        private static Nicknames load() {
            var map = new HashMap<String, LinkedHashSet<String>>();
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
                            map.computeIfAbsent(latin, k -> new LinkedHashSet<>()).add(full);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var fullNames = new HashMap<String, List<String>>();
            map.forEach((nickname, full) -> {
                var all = new LinkedHashSet<>(full);
                for (String name : full) {
                    all.addAll(map.getOrDefault(name, new LinkedHashSet<>()));
                }
                all.remove(nickname);
                fullNames.put(nickname, List.copyOf(all));
            });
            return new Nicknames(Map.copyOf(fullNames));
        }
    }
}
