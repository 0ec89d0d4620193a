package org.haven.linkage;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;

/**
 * The records holding each blocking key, kept small: a key is held under a 64-bit fingerprint of
 * its text rather than the text itself, and a key held by one record (two keys in three: most typo
 * keys are) as that record's slot alone, with no list. At a million records this took the index
 * from 1,491 to 956 MiB (docs/matching.md). Two keys with one fingerprint would share their records:
 * a query asking for either would count the other's holders too, in choosing whom to compare and in
 * how rare the key looks. Among ten million keys that is expected about once in 370,000 indexes.
 */
final class Postings {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final LongIntHashMap heldByOne = new LongIntHashMap();
    private final LongObjectHashMap<IntList> heldByMore = new LongObjectHashMap<>();
    private long postings;

    void add(String key, int slot) {
        long fingerprint = fingerprint(key);
        postings++;
        IntList list = heldByMore.get(fingerprint);
        if (list != null) {
            list.add(slot);
            return;
        }
        int at = heldByOne.indexOf(fingerprint);
        if (!heldByOne.indexExists(at)) {
            heldByOne.indexInsert(at, fingerprint, slot);
            return;
        }
        list = new IntList();
        list.add(heldByOne.indexRemove(at));
        list.add(slot);
        heldByMore.put(fingerprint, list);
    }

    void remove(String key, int slot) {
        long fingerprint = fingerprint(key);
        IntList list = heldByMore.get(fingerprint);
        if (list != null) {
            if (list.remove(slot)) {
                postings--;
                if (list.size() == 1) {
                    heldByMore.remove(fingerprint);
                    heldByOne.put(fingerprint, list.get(0));
                }
            }
            return;
        }
        int at = heldByOne.indexOf(fingerprint);
        if (heldByOne.indexExists(at) && heldByOne.indexGet(at) == slot) {
            heldByOne.indexRemove(at);
            postings--;
        }
    }

    /** The slots of the records holding the key; empty when none does. Not to be changed. */
    IntList holders(String key) {
        long fingerprint = fingerprint(key);
        IntList list = heldByMore.get(fingerprint);
        if (list != null) {
            return list;
        }
        int at = heldByOne.indexOf(fingerprint);
        return heldByOne.indexExists(at) ? IntList.of(heldByOne.indexGet(at)) : IntList.EMPTY;
    }

    int keys() {
        return heldByOne.size() + heldByMore.size();
    }

    long postings() {
        return postings;
    }

    /** FNV-1a over the key's characters, then MurmurHash3's finaliser to spread the bits. */
    static long fingerprint(String key) {
        long h = FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
