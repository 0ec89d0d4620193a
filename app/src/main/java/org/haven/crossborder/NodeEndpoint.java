package org.haven.crossborder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/** What the node-to-node API does, for its controller: describe this node, take a delivery. */
@Component
public class NodeEndpoint {

    /** A signed receipt and the HTTP status that goes with it. */
    public record Answer(int status, String receipt) {
    }

    private final NodeIdentity node;
    private final NodeKeys keys;
    private final Inbox inbox;
    private final long maxBytes;
    private final int perMinute;
    private final Map<String, Bucket> callers = new ConcurrentHashMap<>();

    NodeEndpoint(NodeIdentity node, NodeKeys keys, Inbox inbox, @Value("${haven.crossborder.max-message-size}") DataSize max,
                 @Value("${haven.crossborder.inbox-per-minute:3000}") int perMinute) {
        this.node = node;
        this.keys = keys;
        this.inbox = inbox;
        this.maxBytes = max.toBytes();
        this.perMinute = perMinute;
    }

    /**
     * Whether a caller at this address may deliver now: the inbox opens and checks every message
     * (public-key operations), so a flood from one address is held off with 429 (the sender's outbox
     * tries again later) before any work is done.
     */
    public boolean admits(String address) {
        if (callers.size() > 10_000) {
            callers.clear();
        }
        return callers.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }

    /** Unsigned on purpose: a flood is turned away without any cryptography; the sender tries again later. */
    public Answer tooMany() {
        return new Answer(429, "too many messages from this address; try again later");
    }

    public Map<String, Object> description() {
        var json = new LinkedHashMap<String, Object>();
        json.put("protocol", Envelope.SCHEMA);
        json.put("nodeId", node.id());
        json.put("country", node.country());
        json.put("name", node.name());
        json.put("endpoint", node.endpoint());
        json.put("keys", keys.publicKeys().toJSONObject(true));
        json.put("languages", java.util.List.of());
        json.put("accepts", Arrays.stream(RequestKind.values()).map(Enum::name).toList());
        return json;
    }

    /** Reads at most the allowed size (and one byte more, to know it was larger): never a whole huge body. */
    public Answer deliver(java.io.InputStream body) throws java.io.IOException {
        return deliver(body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
    }

    Answer deliver(byte[] message) {
        if (message == null || message.length == 0) {
            return answer(inbox.refuse("empty message", ""));
        }
        if (message.length > maxBytes) {
            return new Answer(413, inbox.sign(inbox.refuse("message larger than " + maxBytes + " bytes",
                    new String(message, StandardCharsets.US_ASCII))));
        }
        return answer(inbox.receive(new String(message, StandardCharsets.US_ASCII).strip()));
    }

    private Answer answer(Receipt receipt) {
        int status = switch (receipt.status()) {
            case ACCEPTED -> 202;
            case DUPLICATE -> 200;
            case REJECTED -> 400;
        };
        return new Answer(status, inbox.sign(receipt));
    }
}
