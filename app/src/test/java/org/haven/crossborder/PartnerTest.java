package org.haven.crossborder;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerTest {

    @Test
    void onlyPublicP256KeysWithIdsToSignAndToEncryptArePinned() throws Exception {
        var sign = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID("s1").generate();
        var encrypt = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).keyID("e1").generate();

        assertThat(Partner.fitToPin(new JWKSet(List.of(sign.toPublicJWK(), encrypt.toPublicJWK())))).isTrue();
        assertThat(Partner.fitToPin(new JWKSet(List.of(sign.toPublicJWK())))).as("nothing to encrypt for").isFalse();
        assertThat(Partner.fitToPin(new JWKSet(List.of(sign, encrypt)))).as("private keys published").isFalse();
        var noId = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).generate().toPublicJWK();
        assertThat(Partner.fitToPin(new JWKSet(List.of(sign.toPublicJWK(), noId)))).as("a key without an id").isFalse();
        var rsa = new RSAKeyGenerator(2048).keyUse(KeyUse.ENCRYPTION).keyID("r1").generate().toPublicJWK();
        assertThat(Partner.fitToPin(new JWKSet(List.of(sign.toPublicJWK(), encrypt.toPublicJWK(), rsa)))).as("not EC").isFalse();
    }
}
