package org.haven.crossborder;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import java.util.List;
import java.util.Optional;

/** A partner node as pinned here: where it is, its country, and the public keys it may use. */
public record Partner(String nodeId, String country, String name, String endpoint, JWKSet publicKeys,
                      List<String> languages, List<String> accepts) {

    /** Its signing key with this id, if pinned: a message signed with any other is refused. */
    Optional<ECKey> signingKey(String keyId) {
        return keys(KeyUse.SIGNATURE).stream().filter(k -> k.getKeyID().equals(keyId)).findFirst();
    }

    /** The key to seal new messages for: its newest encryption key. */
    ECKey encryptionKey() {
        var all = keys(KeyUse.ENCRYPTION);
        if (all.isEmpty()) {
            throw new IllegalStateException("No encryption key pinned for node " + nodeId);
        }
        return all.get(all.size() - 1);
    }

    private List<ECKey> keys(KeyUse use) {
        return publicKeys.getKeys().stream().filter(k -> use.equals(k.getKeyUse())).map(JWK::toECKey).toList();
    }

    /**
     * Whether a JWK set is fit to pin: public EC P-256 keys only, each with an id and a use, at least
     * one to sign and one to encrypt. Anything else would break every later message with the node.
     */
    static boolean fitToPin(JWKSet keys) {
        var all = keys.getKeys();
        boolean wellFormed = all.stream().allMatch(k -> k instanceof ECKey ec && com.nimbusds.jose.jwk.Curve.P_256.equals(ec.getCurve())
                && !k.isPrivate() && k.getKeyID() != null && !k.getKeyID().isBlank() && k.getKeyUse() != null);
        return wellFormed && all.stream().anyMatch(k -> KeyUse.SIGNATURE.equals(k.getKeyUse()))
                && all.stream().anyMatch(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()));
    }

    public boolean accepts(RequestKind kind) {
        return accepts.isEmpty() || accepts.contains(kind.name());
    }
}
