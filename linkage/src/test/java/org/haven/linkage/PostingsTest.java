package org.haven.linkage;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsTest {

    private final Postings postings = new Postings();

    @Test
    void aKeyKeepsEveryRecordFiledUnderItAsRecordsComeAndGo() {
        postings.add("w:vnv", 1);
        assertThat(slots("w:vnv")).containsExactly(1);

        postings.add("w:vnv", 2);
        postings.add("w:vnv", 3);
        assertThat(slots("w:vnv")).containsExactlyInAnyOrder(1, 2, 3);

        postings.remove("w:vnv", 2);
        postings.remove("w:vnv", 1);
        assertThat(slots("w:vnv")).containsExactly(3);

        postings.remove("w:vnv", 3);
        assertThat(slots("w:vnv")).isEmpty();
        assertThat(postings.keys()).isZero();
        assertThat(postings.postings()).isZero();
    }

    @Test
    void removingARecordNotFiledUnderAKeyLeavesTheKeyAlone() {
        postings.add("t:mhmd", 7);
        postings.remove("t:mhmd", 8);
        postings.remove("t:hmd", 7);

        assertThat(slots("t:mhmd")).containsExactly(7);
        assertThat(postings.postings()).isEqualTo(1);
    }

    @Test
    void keysAreToldApartByTheirWholeText() {
        postings.add("p:mhmd|vnv", 1);
        postings.add("p:mhmd|vn", 2);
        postings.add("q:mhmd|vnv", 3);

        assertThat(slots("p:mhmd|vnv")).containsExactly(1);
        assertThat(slots("p:mhmd|vn")).containsExactly(2);
        assertThat(slots("q:mhmd|vnv")).containsExactly(3);
        assertThat(slots("p:vnv|mhmd")).isEmpty();
        assertThat(postings.keys()).isEqualTo(3);
    }

    @Test
    void keysOfOneLengthOneLetterApartGetDifferentFingerprints() {
        var seen = new HashSet<Long>();
        String letters = "bcdfghjklmnprstvzSZ";
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                for (char c : letters.toCharArray()) {
                    assertThat(seen.add(Postings.fingerprint("t:" + a + b + c))).isTrue();
                }
            }
        }
    }

    private Set<Integer> slots(String key) {
        var list = postings.holders(key);
        var slots = new HashSet<Integer>();
        for (int i = 0; i < list.size(); i++) {
            slots.add(list.get(i));
        }
        return slots;
    }
}
