package org.haven.bench.quality;

import org.haven.linkage.PersonRecord;

import java.util.List;

/** A person matcher under evaluation: Haven's or a peer's, answering the CLI's question. */
public interface Matcher extends AutoCloseable {

    /** One answer row: a record that is (match) or may be the person asked about. */
    record Answer(String recordId, double score, boolean match) {
    }

    String name();

    void index(List<PersonRecord> records) throws Exception;

    /** At most five answers, best first, none below the matcher's possible-match threshold. */
    List<Answer> match(PersonRecord query) throws Exception;

    /** Whether {@link #match} may be called from several threads at once. */
    default boolean concurrent() {
        return false;
    }

    /** Bytes the index occupies outside this JVM's heap (a database on disk), or -1 when it lives in the heap. */
    default long storedBytes() throws Exception {
        return -1;
    }

    @Override
    default void close() throws Exception {
    }
}
