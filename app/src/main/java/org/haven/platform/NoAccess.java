package org.haven.platform;

/**
 * The signed-in user may not see or change this record. Transactions that check access must not
 * roll back on it, so that the refused attempt stays in the audit log.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class NoAccess extends RuntimeException {

    public NoAccess(String message) {
        super(message);
    }
}
