package org.haven.crossborder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

/**
 * The receiver's signed answer to a delivery: accepted, a duplicate of one accepted before (nothing
 * done again), or refused with the reason. Signed (not encrypted: it names no child), so that the
 * sender holds evidence of what happened to each message.
 */
record Receipt(UUID messageId, Status status, String reason, String from, Instant at, String digest) {

    /**
     * What binds a receipt to the very bytes delivered (base64url SHA-256): a receipt for another
     * delivery, replayed by someone on the way, does not settle this one.
     */
    static String digestOf(String delivered) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(delivered.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final JOSEObjectType TYPE = new JOSEObjectType("haven-receipt+jws");

    enum Status { ACCEPTED, DUPLICATE, REJECTED }

    boolean delivered() {
        return status != Status.REJECTED;
    }

    String sign(ECKey key) {
        var json = new LinkedHashMap<String, Object>();
        json.put("schema", Envelope.SCHEMA);
        json.put("receiptFor", messageId == null ? null : messageId.toString());
        json.put("status", status.name());
        json.put("reason", reason);
        json.put("from", from);
        json.put("at", at.toString());
        json.put("digest", digest);
        try {
            var jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(TYPE).build(),
                    new Payload(json));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A receipt from this partner, if it is one and its signature verifies with a key pinned for it. */
    static Optional<Receipt> verify(String compact, Partner partner) {
        try {
            var jws = JWSObject.parse(compact.strip());
            if (!TYPE.equals(jws.getHeader().getType())) {
                return Optional.empty();
            }
            var key = partner.signingKey(jws.getHeader().getKeyID() == null ? "" : jws.getHeader().getKeyID());
            if (key.isEmpty() || !jws.verify(new ECDSAVerifier(key.get()))) {
                return Optional.empty();
            }
            var json = jws.getPayload().toJSONObject();
            String id = (String) json.get("receiptFor");
            return Optional.of(new Receipt(id == null ? null : UUID.fromString(id), Status.valueOf((String) json.get("status")),
                    (String) json.get("reason"), (String) json.get("from"), Instant.parse((String) json.get("at")),
                    (String) json.get("digest")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
