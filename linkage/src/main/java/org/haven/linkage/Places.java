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
 * Places of birth under their other names, read from {@code places.txt}: Lwów, Lemberg and Lviv,
 * طنجة, Tanger and Tangier, ምጽዋዕ and Massawa are one place each, however far apart their spellings.
 * A text names a listed place when the whole of it does, written in any of the place's names, or
 * else one of its words ("Kabul, Afghanistan").
 */
final class Places {

    private final Map<String, String> placeOfKey;

    private Places(Map<String, String> placeOfKey) {
        this.placeOfKey = placeOfKey;
    }

    static Places standard() {
        return Holder.STANDARD;
    }

    /** The place a text names, as the first name of its line in Latin letters, or null when none is listed. */
    String placeOf(String text) {
        String latin = NameForms.latin(text);
        if (latin.isEmpty()) {
            return null;
        }
        String place = placeOfKey.get(latin.replace(" ", ""));
        if (place != null || latin.indexOf(' ') < 0) {
            return place;
        }
        for (String word : latin.split(" ")) {
            place = word.length() >= 4 ? placeOfKey.get(word) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** Names of the list that another line already took, "name: first line's place": none in a good list. */
    static java.util.List<String> namesListedTwice() {
        return Holder.load().twice;
    }

    private static final class Holder {
        static final Places STANDARD = new Places(load().placeOfKey);

        private record Loaded(Map<String, String> placeOfKey, java.util.List<String> twice) {
        }

        private static Loaded load() {
            var map = new HashMap<String, String>();
            var twice = new java.util.ArrayList<String>();
            var in = Objects.requireNonNull(Places.class.getResourceAsStream("places.txt"), "places.txt");
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] names = line.split("\\|");
                    String place = NameForms.latin(names[0]);
                    for (String name : names) {
                        String key = NameForms.latin(name).replace(" ", "");
                        String earlier = key.isEmpty() ? null : map.putIfAbsent(key, place);
                        if (earlier != null && !earlier.equals(place)) {
                            twice.add(name + ": " + earlier);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Loaded(Map.copyOf(map), java.util.List.copyOf(twice));
        }
    }
}
