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

    private final Map<String, String> fullNames;

    private Nicknames(Map<String, String> fullNames) {
        this.fullNames = fullNames;
    }

    static Nicknames standard() {
        return Holder.STANDARD;
    }

    static Nicknames none() {
        return new Nicknames(Map.of());
    }

    /** The Latin full name a Latin word is a diminutive of, or the word itself. */
    String fullNameOf(String latinWord) {
        return fullNames.getOrDefault(latinWord, latinWord);
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
