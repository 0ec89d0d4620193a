package org.haven.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing and floods before any password is checked or body read: sign-in attempts
 * (password and one-time code) per client address plus a ceiling for the whole service, and API
 * calls per bearer token (only a hash of it is kept). What is over the allowance gets 429 and a
 * {@code Retry-After}; the account lockout after failed passwords stays as the second line.
 * The public report pages have their own guard (intake's {@code FloodGuard}, which keeps no address).
 */
class RequestThrottle extends OncePerRequestFilter {

    private final int signInsPerMinute;
    private final int apiCallsPerMinute;
    private final Bucket allSignIns;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestThrottle(int signInsPerMinute, int apiCallsPerMinute) {
        this.signInsPerMinute = signInsPerMinute;
        this.apiCallsPerMinute = apiCallsPerMinute;
        int ceiling = signInsPerMinute * 50;
        this.allSignIns = perMinute(ceiling);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signIn = "POST".equals(request.getMethod()) && (path.equals("/sign-in") || path.equals("/sign-in/code"));
        if (signIn && !(bucket("sign-in:" + request.getRemoteAddr(), signInsPerMinute).tryConsume(1) && allSignIns.tryConsume(1))) {
            refuse(response, "text/html;charset=UTF-8", """
                    <!DOCTYPE html><html lang="en"><head><title>Too many attempts – Haven</title></head>
                    <body><h1>Too many sign-in attempts</h1><p>Wait a minute, then <a href="/sign-in">sign in again</a>.</p></body></html>""");
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (path.startsWith("/api/") && authorization != null
                && !bucket("api:" + sha256(authorization), apiCallsPerMinute).tryConsume(1)) {
            refuse(response, "application/problem+json", """
                    {"type":"about:blank","title":"Too Many Requests","status":429,\
                    "detail":"More than %d calls a minute with this token: wait and try again."}""".formatted(apiCallsPerMinute));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Every allowance starts afresh each hour; no address is kept longer. */
    @Scheduled(fixedRate = 3_600_000)
    void forget() {
        buckets.clear();
    }

    private Bucket bucket(String key, int perMinute) {
        return buckets.computeIfAbsent(key, k -> perMinute(perMinute));
    }

    private static Bucket perMinute(int capacity) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, Duration.ofMinutes(1)).build()).build();
    }

    private static void refuse(HttpServletResponse response, String contentType, String body) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "60");
        response.setContentType(contentType);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
