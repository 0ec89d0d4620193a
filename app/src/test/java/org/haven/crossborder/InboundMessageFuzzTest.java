package org.haven.crossborder;

import com.nimbusds.jose.jwk.JWKSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The inbound message parser and checks, fed garbage and altered messages: nothing crashes with
 * anything but a reasoned refusal, and nothing altered is ever taken for a different message.
 */
class InboundMessageFuzzTest {

    private static final Sealing NORWAY;
    private static final Sealing LITHUANIA;
    private static final Partner NORWAY_AS_PARTNER;
    private static final Partner LITHUANIA_AS_PARTNER;
    private static final String VALID;
    private static final Envelope ORIGINAL;

    static {
        try {
            var clock = Clock.systemUTC();
            var noKeys = new NodeKeys(Files.createTempDirectory("fuzz-no"), clock);
            var ltKeys = new NodeKeys(Files.createTempDirectory("fuzz-lt"), clock);
            NORWAY = new Sealing(noKeys, new NodeIdentity("NO", "NO", "Norway", "http://no"));
            LITHUANIA = new Sealing(ltKeys, new NodeIdentity("LT", "LT", "Lithuania", "http://lt"));
            NORWAY_AS_PARTNER = partner("NO", noKeys.publicKeys());
            LITHUANIA_AS_PARTNER = partner("LT", ltKeys.publicKeys());
            ORIGINAL = new Envelope(UUID.randomUUID(), Envelope.Type.RECEIPT, "NO", "LT", Instant.now(),
                    Instant.now().plusSeconds(3600), Map.of("requestId", UUID.randomUUID().toString(), "status", "READ"));
            VALID = NORWAY.seal(ORIGINAL, LITHUANIA_AS_PARTNER);
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Partner partner(String id, JWKSet keys) {
        return new Partner(id, id, id, "http://" + id, keys, List.of(), List.of());
    }

    private static Optional<Partner> directory(String nodeId) {
        return "NO".equals(nodeId) ? Optional.of(NORWAY_AS_PARTNER) : Optional.empty();
    }

    @Property
    void anyTextIsRefusedWithAReasonAndNeverCrashesTheParser(@ForAll @StringLength(max = 400) String text) {
        assertThatThrownBy(() -> LITHUANIA.open(text, InboundMessageFuzzTest::directory))
                .isInstanceOf(MessageRefused.class).hasMessageNotContaining("Exception");
    }

    @Property
    void textShapedLikeAnEncryptedMessageIsRefusedWithAReason(@ForAll("fiveParts") String text) {
        assertThatThrownBy(() -> LITHUANIA.open(text, InboundMessageFuzzTest::directory)).isInstanceOf(MessageRefused.class);
    }

    @Property
    void aMessageWithAnyOneCharacterChangedIsRefusedOrIsStillExactlyTheMessageSent(
            @ForAll("positions") int position, @ForAll("base64url") char replacement) {
        String altered = VALID.substring(0, position) + replacement + VALID.substring(position + 1);

        Throwable thrown = catchThrowable(() -> {
            var opened = LITHUANIA.open(altered, InboundMessageFuzzTest::directory);
            assertThat(opened).isEqualTo(ORIGINAL);
        });

        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(MessageRefused.class));
    }

    @Property
    void anyJsonContentIsReadAsVersionOneOrRefusedWithAReason(@ForAll("jsonObjects") Map<String, Object> json) {
        Throwable thrown = catchThrowable(() -> Envelope.fromJson(json));
        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(MessageRefused.class));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, VALID.length() - 1).filter(i -> VALID.charAt(i) != '.');
    }

    @Provide
    Arbitrary<Character> base64url() {
        return Arbitraries.of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars()
                .mapToObj(c -> (char) c).toList());
    }

    @Provide
    Arbitrary<String> fiveParts() {
        var part = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").ofMaxLength(80);
        return part.list().ofSize(5).map(parts -> String.join(".", parts));
    }

    @Provide
    Arbitrary<Map<String, Object>> jsonObjects() {
        Arbitrary<Object> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.just((Object) null),
                Arbitraries.just((Object) Envelope.SCHEMA), Arbitraries.just((Object) Instant.now().toString()),
                Arbitraries.just((Object) UUID.randomUUID().toString()), Arbitraries.of("REQUEST", "RECEIPT", "KEYS").map(s -> (Object) s),
                Arbitraries.just((Object) new HashMap<String, Object>()));
        var keys = Arbitraries.oneOf(Arbitraries.of("schema", "id", "type", "from", "to", "sentAt", "expiresAt", "body"),
                Arbitraries.strings().alpha().ofLength(3));
        return Arbitraries.maps(keys, value).ofMaxSize(10).map(m -> {
            var copy = new HashMap<String, Object>(m);
            return (Map<String, Object>) copy;
        });
    }

}
