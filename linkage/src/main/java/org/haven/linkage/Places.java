package org.haven.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places of birth under their other names, read from {@code places.txt}: Lwów, Lemberg and Lviv,
 * طنجة, Tanger and Tangier, ምጽዋዕ and Massawa are one place each, however far apart their spellings.
 * A text names a listed place when the whole of it does, written in any of the place's names, or
 * else a run of its words does ("Kabul, Afghanistan").
 */
final class Places {

    private final Map<String, String> placeOfKey;

    private Places(Map<String, String> placeOfKey) {
        this.placeOfKey = placeOfKey;
    }

    static Places standard() {
        return Holder.STANDARD;
    }

    /**
     * The place a text names, shown by the first name of its line written in Latin letters; null when
     * none is. The whole text counts first, then the longest run of its words that names a place
     * ("Novi Sad, Serbia"), a word alone only with four letters or more; two runs of one length that
     * name two places name none.
     */
    String placeOf(String text) {
        String latin = NameForms.latin(text);
        if (latin.isEmpty()) {
            return null;
        }
        String[] words = latin.split(" ");
        for (int length = words.length; length >= 1; length--) {
            String found = null;
            for (int start = 0; start + length <= words.length; start++) {
                String key = String.join("", Arrays.copyOfRange(words, start, start + length));
                String place = length > 1 || key.length() >= 4 || words.length == 1 ? placeOfKey.get(key) : null;
                if (place != null && found != null && !found.equals(place)) {
                    return null;
                }
                found = place != null ? place : found;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The name explanations show: the first of the line written in Latin letters (Oran, not "whran"). */
    private static String shownName(String[] names) {
        for (String name : names) {
            if ("Latn".equals(NameKeys.scriptOf(name))) {
                return name;
            }
        }
        return NameForms.latin(names[0]);
    }

    /** Names of the list that another line already took, "name: first line's place": none in a good list. */
    static List<String> namesListedTwice() {
        return Holder.load().twice;
    }

    private static final class Holder {
        static final Places STANDARD = new Places(load().placeOfKey);

        private record Loaded(Map<String, String> placeOfKey, List<String> twice) {
        }

        private static Loaded load() {
            var map = new HashMap<String, String>();
            var lineOf = new HashMap<String, Integer>();
            var twice = new ArrayList<String>();
            int number = 0;
            var in = Objects.requireNonNull(Places.class.getResourceAsStream("places.txt"), "places.txt");
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    number++;
                    String[] names = line.split("\\|");
                    String place = shownName(names);
                    for (String name : names) {
                        String key = NameForms.latin(name).replace(" ", "");
                        Integer earlier = key.isEmpty() ? null : lineOf.putIfAbsent(key, number);
                        if (earlier == null) {
                            map.putIfAbsent(key, place);
                        } else if (earlier != number) {
                            twice.add(name + ": " + map.get(key));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Loaded(Map.copyOf(map), List.copyOf(twice));
        }
    }
}
