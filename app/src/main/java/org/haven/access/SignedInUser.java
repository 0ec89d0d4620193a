package org.haven.access;

import org.haven.audit.Actor;
import org.haven.directory.OrganisationId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The principal of a signed-in user, as other modules see it. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    /** Held by every fully signed-in user (password and, where enrolled, second factor). */
    public static final String SIGNED_IN = "SIGNED_IN";

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final String username;
    private final String displayName;
    private final OrganisationId organisationId;
    private final Set<Role> roles;
    private final String timeZone;
    private final boolean enabled;
    private final boolean locked;
    private final boolean secondFactorEnrolled;
    private final boolean secondFactorRequired;
    private String passwordHash;

    SignedInUser(UserAccount account, boolean locked) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.organisationId = account.organisationId();
        this.roles = Set.copyOf(account.roles());
        this.timeZone = account.timeZone();
        this.enabled = account.enabled();
        this.locked = locked;
        this.secondFactorEnrolled = account.hasSecondFactor();
        this.secondFactorRequired = account.secondFactorRequired();
        this.passwordHash = account.passwordHash();
    }

    public UserId id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this user's roles need this section of a child's record ({@link Section}); membership is checked apart. */
    public boolean mayRead(Section section) {
        return section.readableBy(roles);
    }

    public boolean hasAnyRole(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Actor actor() {
        return new Actor(id.value(), username, organisationId.value());
    }

    boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
