package org.haven.linkage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Person records held in memory for the question "who may this be?". Adding, changing and removing
 * a record updates the index in place; nothing is rebuilt. Safe for many readers and one writer.
 *
 * <p>Blocking: a query is compared in full only with records that share a blocking key with it,
 * so it never scans everything. The keys are the consonant skeletons of name words, alone and with
 * the year of birth, pairs of name words in either order, each name word with the first name of
 * each parent, and the full date of birth; the skeletons of three letters or more also with one
 * letter left out (a typo), alone, in pairs and with a parent. Keys shared
 * by very many records (a common name alone) are skipped at query time; the pair and year keys
 * still find the record.
 */
public final class PersonIndex {

    /** How many of the records that share most keys are compared in full. */
    private static final int COMPARED = 900;
    /**
     * By how much the evidence of a pair overstates the odds, in bits: the fields are not as
     * independent as adding their bits assumes (a namesake often shares nationality and place too).
     * Set on generated data kept apart from the evaluation data, at 10,000 and 100,000 records.
     */
    private static final double OVERSTATED_BITS = 5.6;
    /** The share of the evidence the best candidate must hold to be called a match. */
    static final double MATCH_SHARE = 0.6;
    /** A key shared by more records than this says too little to follow. */
    private static final int COMMON_KEY = 2_000;

    private final Nicknames nicknames;
    private final Thresholds thresholds;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Profile> slots = new ArrayList<>();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final Map<String, Integer> slotOfId = new HashMap<>();
    private final Postings postings = new Postings();
    private final Map<String, int[]> wordCounts = new HashMap<>();
    private final ThreadLocal<int[]> hitsBuffer = ThreadLocal.withInitial(() -> new int[0]);
    private final NameSexes nameSexes = new NameSexes();
    private final Scorer scorer = new Scorer(this::rarityBits, nameSexes);

    public PersonIndex() {
        this(Thresholds.STANDARD);
    }

    public PersonIndex(Thresholds thresholds) {
        this(thresholds, Nicknames.standard());
    }

    PersonIndex(Thresholds thresholds, Nicknames nicknames) {
        this.thresholds = thresholds;
        this.nicknames = nicknames;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Adds a record, or replaces the record with the same id. */
    public void put(PersonRecord record) {
        var profile = Profile.of(record, nicknames);
        lock.writeLock().lock();
        try {
            removeLocked(record.id());
            int slot;
            if (freeSlots.isEmpty()) {
                slot = slots.size();
                slots.add(profile);
            } else {
                slot = freeSlots.pop();
                slots.set(slot, profile);
            }
            slotOfId.put(record.id(), slot);
            for (String key : Blocking.recordKeys(profile)) {
                postings.add(key, slot);
            }
            for (Word word : profile.allNames()) {
                wordCounts.computeIfAbsent(word.skeleton(), k -> new int[1])[0]++;
            }
            nameSexes.add(profile);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a record; false if there was none with that id. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            return removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean removeLocked(String id) {
        Integer slot = slotOfId.remove(id);
        if (slot == null) {
            return false;
        }
        var profile = slots.get(slot);
        for (String key : Blocking.recordKeys(profile)) {
            postings.remove(key, slot);
        }
        nameSexes.remove(profile);
        for (Word word : profile.allNames()) {
            int[] count = wordCounts.get(word.skeleton());
            if (count != null && --count[0] == 0) {
                wordCounts.remove(word.skeleton());
            }
        }
        slots.set(slot, null);
        freeSlots.push(slot);
        return true;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotOfId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The records that may be this person, best first, at most {@code limit}, each with its score,
     * decision and reasons; records scoring below the possible-match threshold are left out. A record
     * with the query's own id is never its own candidate.
     */
    public List<Candidate> candidates(PersonRecord query, int limit) {
        var profile = Profile.of(query, nicknames);
        lock.readLock().lock();
        try {
            var scored = new ArrayList<Candidate>();
            double evidence = Math.pow(2, noneOfThemBits());
            for (int slot : blockedSlots(profile)) {
                var record = slots.get(slot);
                if (record.record.id().equals(query.id())) {
                    continue;
                }
                var candidate = candidate(profile, record);
                evidence += Math.pow(2, Scorer.bitsOf(candidate.score()));
                if (candidate.decision() != Candidate.Decision.NO_MATCH) {
                    scored.add(candidate);
                }
            }
            scored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::recordId));
            var best = scored.size() > limit ? new ArrayList<>(scored.subList(0, limit)) : scored;
            return onlyOneMatch(best, evidence);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A query is about one child, so at most one record is its match: the best, and only when it holds
     * {@link #MATCH_SHARE} of the evidence for all the records compared, for the child being none
     * of them ({@link #noneOfThemBits()}), and for the child being a brother or sister of the best who
     * is not in the records ({@link Scorer#asSiblingBits}: a twin sister shares all but the given
     * name). Two records alike enough (twins, namesakes born the same year, a common name with only a
     * year of birth) share the evidence between them, and both are possible matches for a person to
     * look at.
     */
    private List<Candidate> onlyOneMatch(List<Candidate> ranked, double evidence) {
        var decided = new ArrayList<Candidate>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            var c = ranked.get(i);
            boolean clear = i == 0 && Math.pow(2, Scorer.bitsOf(c.score()))
                    / (evidence + Math.pow(2, scorer.asSiblingBits(c.reasons()))) >= MATCH_SHARE;
            decided.add(c.decision() == Candidate.Decision.MATCH && !clear
                    ? new Candidate(c.recordId(), c.score(), Candidate.Decision.POSSIBLE, c.reasons()) : c);
        }
        return decided;
    }

    /**
     * The evidence, in bits, that the child asked about is none of the records compared: each record
     * is the child with odds of one in the size of the index before anything is compared, so log2 of
     * the size, less {@link #OVERSTATED_BITS}. 7.7 bits at 10,000 records, 11 at 100,000, 14.3 at a million.
     */
    private double noneOfThemBits() {
        return Math.log(Math.max(1_000, slotOfId.size())) / Math.log(2) - OVERSTATED_BITS;
    }

    /** How a query compares with one indexed record, whatever the score; empty if the id is unknown. */
    public Optional<Candidate> explain(PersonRecord query, String recordId) {
        var profile = Profile.of(query, nicknames);
        lock.readLock().lock();
        try {
            Integer slot = slotOfId.get(recordId);
            return slot == null ? Optional.empty() : Optional.of(candidate(profile, slots.get(slot)));
        } finally {
            lock.readLock().unlock();
        }
    }

    private Candidate candidate(Profile query, Profile record) {
        var reasons = scorer.compare(query, record);
        double score = Scorer.scoreOf(Scorer.bits(reasons));
        return new Candidate(record.record.id(), score, thresholds.decide(score), reasons);
    }

    /** The slots sharing the most weighted keys with the query, at most {@link #COMPARED}. */
    private int[] blockedSlots(Profile query) {
        int[] hits = hitsBuffer.get();
        if (hits.length < slots.size()) {
            hits = new int[Math.max(slots.size(), hits.length * 2)];
            hitsBuffer.set(hits);
        }
        var touched = new IntList();
        for (var key : Blocking.queryKeys(query).entrySet()) {
            var list = postings.holders(key.getKey());
            if (list.size() == 0 || (list.size() > COMMON_KEY && !key.getKey().startsWith(Blocking.PAIR))) {
                continue;
            }
            int weight = weightOf(key.getValue(), list.size());
            for (int i = 0; i < list.size(); i++) {
                int slot = list.get(i);
                if (hits[slot] == 0) {
                    touched.add(slot);
                }
                hits[slot] += weight;
            }
        }
        long[] ranked = new long[touched.size()];
        for (int i = 0; i < ranked.length; i++) {
            int slot = touched.get(i);
            ranked[i] = ((long) hits[slot] << 32) | slot;
            hits[slot] = 0;
        }
        Arrays.sort(ranked);
        int n = Math.min(COMPARED, ranked.length);
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            best[i] = (int) ranked[ranked.length - 1 - i];
        }
        return best;
    }

    /**
     * What sharing a key says: its kind's weight times how rare the key is (the log of the records
     * per record holding it), so that a rare family name with a typo outranks a common given name
     * with the same year when the compared set is chosen.
     */
    private int weightOf(int kindWeight, int holders) {
        return 1 + (int) Math.round(4 * kindWeight * Math.log((slotOfId.size() + 1.0) / (holders + 1.0)));
    }

    /**
     * Bits that agreement on a name is worth: log2 of one over its share among the indexed names,
     * with a prior of one in a thousand so that a small index does not make every name look rare;
     * between 2 and 12 bits.
     */
    private double rarityBits(String skeleton) {
        int[] count = wordCounts.get(skeleton);
        double share = ((count == null ? 0 : count[0]) + 1.0) / (slotOfId.size() + 1000.0);
        return Math.max(2.0, Math.min(12.0, 0.85 * -Math.log(share) / Math.log(2)));
    }

    /** Counts of keys by kind, for operators judging how well blocking spreads the records. */
    public Map<String, Integer> keyStatistics() {
        lock.readLock().lock();
        try {
            var stats = new LinkedHashMap<String, Integer>();
            stats.put("records", slotOfId.size());
            stats.put("keys", postings.keys());
            stats.put("postings", Math.toIntExact(postings.postings()));
            return stats;
        } finally {
            lock.readLock().unlock();
        }
    }
}
