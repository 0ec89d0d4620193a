package org.haven.crossborder;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.stereotype.Component;

import java.text.ParseException;
import java.util.Map;

/**
 * Signs a message with this node's key and encrypts it for the receiver's (JWS ES256 inside JWE
 * ECDH-ES+A256KW / A256GCM, with Nimbus JOSE), and opens and checks what arrives: sealed for a key
 * this node holds, intact, signed by the partner it names with a key pinned for it, addressed here.
 */
@Component
class Sealing {

    static final String FROM = "haven-from";
    static final JOSEObjectType MESSAGE = new JOSEObjectType("haven-message+jws");

    private final NodeKeys keys;
    private final NodeIdentity node;

    Sealing(NodeKeys keys, NodeIdentity node) {
        this.keys = keys;
        this.node = node;
    }

    String seal(Envelope envelope, Partner receiver) {
        return seal(envelope, receiver.encryptionKey(), keys.signing());
    }

    String seal(Envelope envelope, ECKey receiverKey, ECKey signingKey) {
        try {
            var signed = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID())
                    .type(MESSAGE).build(), new Payload(envelope.toJson()));
            signed.sign(new ECDSASigner(signingKey));
            var sealed = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
                    .keyID(receiverKey.getKeyID()).contentType("JWS").customParam(FROM, envelope.from()).build(),
                    new Payload(signed));
            sealed.encrypt(new ECDHEncrypter(receiverKey.toECPublicKey()));
            return sealed.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot seal message " + envelope.id(), e);
        }
    }

    /** The sender named on the outside, before anything is opened: for the refusal's record. */
    static String claimedSender(String compact) {
        try {
            return JWEObject.parse(compact).getHeader().getCustomParam(FROM) instanceof String from ? from : null;
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /** The checked message; {@link MessageRefused} with the reason when any check fails. */
    Envelope open(String compact, java.util.function.Function<String, java.util.Optional<Partner>> partners) {
        JWEObject sealed;
        try {
            sealed = JWEObject.parse(compact);
        } catch (ParseException | RuntimeException e) {
            throw new MessageRefused("not an encrypted message (compact JWE expected)");
        }
        var header = sealed.getHeader();
        if (!JWEAlgorithm.ECDH_ES_A256KW.equals(header.getAlgorithm()) || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
            throw new MessageRefused("encryption must be ECDH-ES+A256KW with A256GCM");
        }
        var key = keys.encryptionKey(header.getKeyID() == null ? "" : header.getKeyID())
                .orElseThrow(() -> new MessageRefused("sealed for a key this node does not hold (wrong receiver)"));
        try {
            sealed.decrypt(new ECDHDecrypter(key));
        } catch (JOSEException | RuntimeException e) {
            throw new MessageRefused("cannot be opened: altered on the way or not sealed for this node");
        }
        JWSObject signed = sealed.getPayload().toJWSObject();
        if (signed == null) {
            throw new MessageRefused("the sealed content is not a signed message");
        }
        if (!MESSAGE.equals(signed.getHeader().getType())) {
            throw new MessageRefused("the signed content is not a message (typ " + MESSAGE + " expected)");
        }
        if (!JWSAlgorithm.ES256.equals(signed.getHeader().getAlgorithm())) {
            throw new MessageRefused("signature must be ES256");
        }
        String from = header.getCustomParam(FROM) instanceof String f ? f : "";
        var partner = partners.apply(from).orElseThrow(() -> new MessageRefused("unknown sender node " + from));
        var signingKey = partner.signingKey(signed.getHeader().getKeyID() == null ? "" : signed.getHeader().getKeyID())
                .orElseThrow(() -> new MessageRefused("signed with a key not pinned for " + from));
        try {
            if (!signed.verify(new ECDSAVerifier(signingKey))) {
                throw new MessageRefused("the signature does not verify");
            }
        } catch (JOSEException e) {
            throw new MessageRefused("the signature cannot be checked");
        }
        Map<String, Object> json = signed.getPayload().toJSONObject();
        if (json == null) {
            throw new MessageRefused("the signed content is not a JSON object");
        }
        var envelope = Envelope.fromJson(json);
        if (!envelope.from().equals(from)) {
            throw new MessageRefused("the signed sender differs from the sender on the envelope");
        }
        if (!envelope.to().equals(node.id())) {
            throw new MessageRefused("addressed to node " + envelope.to() + ", not to " + node.id());
        }
        return envelope;
    }
}
