package org.haven.intake;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds off floods on the public pages without keeping who sends: each sender is known only by a
 * keyed hash of their address, under a key that lives in memory and is replaced every hour (so no
 * hash can be linked to an address, or to an earlier hour). A sender gets a small allowance; the
 * whole service a larger one, so that one flooder cannot shut children out.
 */
@Component
class FloodGuard {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int perSourcePer10Minutes;
    private final Bucket global;
    private volatile byte[] key = newKey();
    private final Map<String, Bucket> sources = new ConcurrentHashMap<>();

    FloodGuard(@Value("${haven.reports.per-source-per-10-minutes:10}") int perSourcePer10Minutes,
               @Value("${haven.reports.per-minute:120}") int globalPerMinute) {
        this.perSourcePer10Minutes = perSourcePer10Minutes;
        this.global = Bucket.builder().addLimit(Bandwidth.builder().capacity(globalPerMinute)
                .refillGreedy(globalPerMinute, Duration.ofMinutes(1)).build()).build();
    }

    /** Whether this request may go ahead; the address is hashed here and never kept or logged. */
    boolean allows(String address) {
        String source = hash(address == null ? "" : address);
        var bucket = sources.computeIfAbsent(source, s -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(perSourcePer10Minutes).refillGreedy(perSourcePer10Minutes, Duration.ofMinutes(10)).build())
                .build());
        return bucket.tryConsume(1) && global.tryConsume(1);
    }

    /** Forget every sender and change the key: nothing links one hour to the next. */
    @Scheduled(fixedRate = 3_600_000)
    void forget() {
        key = newKey();
        sources.clear();
    }

    private String hash(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] newKey() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return fresh;
    }
}
