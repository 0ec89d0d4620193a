package org.haven.crossborder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The node-to-node API is open at the HTTP level: nodes are not users, and each message is
 * authenticated by its signature and readable only by this node. No session, no cookies, so there
 * is nothing for cross-site forgery to ride on.
 */
@Configuration(proxyBeanMethods = false)
class NodeSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain nodeToNodeFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/node-api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }
}
