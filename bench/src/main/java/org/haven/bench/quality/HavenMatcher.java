package org.haven.bench.quality;

import org.haven.linkage.Candidate;
import org.haven.linkage.PersonIndex;
import org.haven.linkage.PersonRecord;

import java.util.List;

/** Haven's linkage engine, in process, exactly as the CLI uses it. */
public final class HavenMatcher implements Matcher {

    private final PersonIndex index = new PersonIndex();

    @Override
    public String name() {
        return "Haven linkage";
    }

    @Override
    public void index(List<PersonRecord> records) {
        records.forEach(index::put);
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public List<Answer> match(PersonRecord query) {
        return index.candidates(query, 5).stream()
                .map(c -> new Answer(c.recordId(), c.score(), c.decision() == Candidate.Decision.MATCH))
                .toList();
    }
}
