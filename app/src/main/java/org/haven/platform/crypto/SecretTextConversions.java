package org.haven.platform.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

import java.util.List;

/**
 * Teaches Spring Data JDBC to encrypt {@link SecretText} on the way to the database and decrypt it
 * on the way back, with the store conversions Spring Boot would otherwise set up for the dialect.
 */
@Configuration(proxyBeanMethods = false)
class SecretTextConversions {

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect, FieldCipher cipher) {
        return JdbcCustomConversions.of(dialect, List.of(new Encrypting(cipher), new Decrypting(cipher)));
    }

    @WritingConverter
    record Encrypting(FieldCipher cipher) implements Converter<SecretText, String> {
        @Override
        public String convert(SecretText secret) {
            return cipher.encrypt(secret.text());
        }
    }

    @ReadingConverter
    record Decrypting(FieldCipher cipher) implements Converter<String, SecretText> {
        @Override
        public SecretText convert(String stored) {
            // Text written before the column was encrypted reads as it is, until Reencryption encrypts it.
            return new SecretText(FieldCipher.isEncrypted(stored) ? cipher.decrypt(stored) : stored);
        }
    }
}
