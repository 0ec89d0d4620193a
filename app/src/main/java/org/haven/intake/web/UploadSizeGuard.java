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
 * Guards the places that take files before any body is read: a multipart request is accepted only
 * from a signed-in session, at a referral's attachments (or the catalogue, or a case's cross-border
 * requests), with a declared length within the limit. An
 * upload that is too large is refused by that length and the sender sent back to the referral with a
 * clear message. Runs before the security filters, which would otherwise read the whole body (held in
 * memory) to find the CSRF token.
 * (In the browser, haven.js refuses an oversized file as soon as it is chosen, before any upload.)
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGuard {

    private static final Pattern UPLOAD = Pattern.compile("^/referrals/([0-9a-fA-F-]{36})/attachments$");
    /** The other places that take files: the indicator catalogue, a case's cross-border requests, an HTCDS import. */
    private static final String CATALOGUE = "/screening/catalogue";
    private static final String HTCDS_IMPORT = "/htcds/import";
    private static final Pattern CROSS_BORDER_REQUEST = Pattern.compile("^/cases/[0-9a-fA-F-]{36}/crossborder$");
    private static final String SIGNED_IN = "SPRING_SECURITY_CONTEXT";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeGuardFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean multipart = request.getContentType() != null
                        && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
                if (!multipart) {
                    chain.doFilter(request, response);
                    return;
                }
                var upload = UPLOAD.matcher(request.getRequestURI());
                var session = request.getSession(false);
                boolean signedIn = session != null && session.getAttribute(SIGNED_IN) != null;
                boolean takesFiles = upload.matches() || CATALOGUE.equals(request.getRequestURI())
                        || HTCDS_IMPORT.equals(request.getRequestURI())
                        || CROSS_BORDER_REQUEST.matcher(request.getRequestURI()).matches();
                if (!"POST".equals(request.getMethod()) || !takesFiles || !signedIn) {
                    // Files are taken only from signed-in users, at known addresses: nobody else makes Haven read a body.
                    refuse(response, HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
                    refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED);
                    return;
                }
                if (request.getContentLengthLong() > limit.toBytes()) {
                    if (upload.matches()) {
                        response.setHeader("Connection", "close");
                        response.sendRedirect("/referrals/" + upload.group(1) + "/edit?refused=too-large");
                    } else {
                        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    }
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Answers without reading the body, and closes the connection so that the body is not read later either. */
    private static void refuse(HttpServletResponse response, int status) throws IOException {
        // Written here rather than through the error page, whose filters would read the body after all.
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("This address does not take this upload.\n");
        response.flushBuffer();
    }
}
