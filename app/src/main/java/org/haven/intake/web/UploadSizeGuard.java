package org.haven.intake.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses an upload to a referral by its declared length, before its body is read: the sender is sent
 * back to the referral with a clear message instead of waiting for a file that would be refused. Runs
 * before the security filters, which would otherwise read the whole body to find the CSRF token.
 * (In the browser, haven.js refuses an oversized file as soon as it is chosen, before any upload.)
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGuard {

    private static final Pattern UPLOAD = Pattern.compile("^/referrals/([0-9a-fA-F-]{36})/attachments$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeGuardFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var upload = UPLOAD.matcher(request.getRequestURI());
                if ("POST".equals(request.getMethod()) && upload.matches()
                        && request.getContentLengthLong() > limit.toBytes()) {
                    response.setHeader("Connection", "close");
                    response.sendRedirect("/referrals/" + upload.group(1) + "/edit?refused=too-large");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/referrals/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
