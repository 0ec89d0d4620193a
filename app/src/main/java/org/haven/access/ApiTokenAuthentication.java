package org.haven.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Spring Security's opaque bearer-token support, fed from Haven's own token table instead of a
 * remote introspection endpoint. A disabled or locked account's tokens stop working at once.
 */
@Component
class ApiTokenAuthentication implements OpaqueTokenIntrospector, OpaqueTokenAuthenticationConverter {

    private static final String USER_ID = "user_id";

    private final ApiTokens tokens;
    private final Accounts accounts;

    ApiTokenAuthentication(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        UUID owner = tokens.ownerOf(token).orElseThrow(() -> new BadOpaqueTokenException("Unknown, expired or revoked token"));
        return new DefaultOAuth2AuthenticatedPrincipal(owner.toString(), Map.of(USER_ID, owner), List.of());
    }

    @Override
    public Authentication convert(String introspectedToken, OAuth2AuthenticatedPrincipal principal) {
        UUID owner = principal.getAttribute(USER_ID);
        SignedInUser user = accounts.reload(new UserId(owner));
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new BadOpaqueTokenException("Account disabled or locked");
        }
        return new ApiCaller(user);
    }
}
