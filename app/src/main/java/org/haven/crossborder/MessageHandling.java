package org.haven.crossborder;

import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.stereotype.Component;

import java.text.ParseException;
import java.util.Map;

/** What an accepted message does, by its type; runs in the inbox's transaction. */
@Component
class MessageHandling {

    private final CrossBorderRequests requests;
    private final Partners partners;

    MessageHandling(CrossBorderRequests requests, Partners partners) {
        this.requests = requests;
        this.partners = partners;
    }

    void handle(Envelope envelope) {
        switch (envelope.type()) {
            case REQUEST -> requests.arrived(envelope);
            case ANSWER -> requests.answerArrived(envelope);
            case RECEIPT -> requests.receiptArrived(envelope);
            case KEYS -> partners.pinKeys(envelope.from(), keys(envelope.body()));
        }
    }

    private static JWKSet keys(Map<String, Object> body) {
        try {
            if (!(body.get("keys") instanceof Map<?, ?> json)) {
                throw new MessageRefused("a key message must carry keys");
            }
            @SuppressWarnings("unchecked")
            var keys = JWKSet.parse((Map<String, Object>) json);
            if (!Partner.fitToPin(keys)) {
                throw new MessageRefused("a key message must carry public EC P-256 keys with ids and uses, to sign and to encrypt");
            }
            return keys;
        } catch (ParseException e) {
            throw new MessageRefused("keys unreadable: " + e.getMessage());
        }
    }
}
