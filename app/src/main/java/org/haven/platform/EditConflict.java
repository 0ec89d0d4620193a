package org.haven.platform;

/**
 * Somebody saved the record after the user loaded it. Carries the version now stored so that the
 * user can see both and decide; nothing is overwritten.
 */
public class EditConflict extends RuntimeException {

    private final transient Object current;

    public EditConflict(Object current) {
        super("The record was changed by someone else");
        this.current = current;
    }

    @SuppressWarnings("unchecked")
    public <T> T current() {
        return (T) current;
    }
}
