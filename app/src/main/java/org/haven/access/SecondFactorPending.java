package org.haven.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import java.io.Serial;

/**
 * A user who gave the right password but not yet the second factor (or must still enrol one).
 * It grants nothing but the page that asks for the code or the enrolment.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    static final String CODE_PENDING = "SECOND_FACTOR_CODE_PENDING";
    static final String ENROLMENT_PENDING = "SECOND_FACTOR_ENROLMENT_PENDING";

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;

    SecondFactorPending(SignedInUser user, String stage) {
        super(AuthorityUtils.createAuthorityList(stage));
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
