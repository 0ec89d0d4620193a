package org.haven.crossborder;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One message between nodes, as signed: schema version, id, type, sender, receiver, when sent, until
 * when it may be accepted, and a body whose shape the type decides. The JSON Schema is
 * {@code static/node-api/message-v1.schema.json}.
 */
record Envelope(UUID id, Type type, String from, String to, Instant sentAt, Instant expiresAt, Map<String, Object> body) {

    static final String SCHEMA = "haven.crossborder/1";
    private static final Set<String> FIELDS = Set.of("schema", "id", "type", "from", "to", "sentAt", "expiresAt", "body");

    enum Type {
        /** A request about a child (its kind in the body). */
        REQUEST,
        /** The answer to a request. */
        ANSWER,
        /** Delivered to a focal point's queue, or read by one. */
        RECEIPT,
        /** The sender's new public keys, signed with a key the receiver already pinned. */
        KEYS
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("schema", SCHEMA);
        json.put("id", id.toString());
        json.put("type", type.name());
        json.put("from", from);
        json.put("to", to);
        json.put("sentAt", sentAt.toString());
        json.put("expiresAt", expiresAt.toString());
        json.put("body", body);
        return json;
    }

    /** Reads a signed message's content, refusing anything but schema version 1 in exactly its shape. */
    @SuppressWarnings("unchecked")
    static Envelope fromJson(Map<String, Object> json) {
        Object schema = json.get("schema");
        if (!SCHEMA.equals(schema)) {
            throw new MessageRefused("unsupported schema version " + schema + "; this node reads " + SCHEMA);
        }
        for (String field : json.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new MessageRefused("unknown field " + field);
            }
        }
        try {
            var type = Type.valueOf(text(json, "type"));
            if (!(json.get("body") instanceof Map<?, ?> body)) {
                throw new MessageRefused("body missing or not an object");
            }
            return new Envelope(UUID.fromString(text(json, "id")), type, text(json, "from"), text(json, "to"),
                    Instant.parse(text(json, "sentAt")), Instant.parse(text(json, "expiresAt")),
                    (Map<String, Object>) body);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MessageRefused("malformed message: " + e.getMessage());
        }
    }

    static String text(Map<String, Object> json, String field) {
        if (!(json.get(field) instanceof String value) || value.isBlank()) {
            throw new MessageRefused("field " + field + " missing or not text");
        }
        return value;
    }
}
