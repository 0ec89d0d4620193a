package org.haven.platform;

import org.apache.tika.Tika;

import java.util.Optional;
import java.util.Set;

/**
 * What Haven takes of a file from outside (an upload, a file in a message from another node): a
 * name without folders or control characters, and a kind judged from the bytes (Apache Tika), never
 * from the name alone, among the kinds a reader can open safely.
 */
public final class UploadedFiles {

    public static final Set<String> ACCEPTED_TYPES = Set.of("image/jpeg", "image/png", "application/pdf", "text/plain");
    private static final int MAX_NAME = 200;
    private static final Tika TIKA = new Tika();

    private UploadedFiles() {
    }

    /** The name as the sender's device gave it, without any folder, control characters or excess length. */
    public static String cleanName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    /** The kind of the file, judged from its bytes (its name a hint only), if it is one Haven accepts. */
    public static Optional<String> acceptedType(byte[] content, String name) {
        String type = TIKA.detect(content, name);
        return ACCEPTED_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
    }
}
