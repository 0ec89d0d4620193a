package org.haven.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured
 * ({@code HAVEN_DB_URL} unset), keeping its files under the data directory so that a restart keeps
 * everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedDatabase embeddedDatabase(@Value("${haven.data-dir}") Path dataDirectory,
                                      @Value("${haven.embedded-db.clean:false}") boolean clean) throws IOException {
        return EmbeddedDatabase.start(dataDirectory, clean);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("haven-embedded");
        return new HikariDataSource(config);
    }

    /** The running embedded server and the lock that keeps a second instance away from its files. */
    static final class EmbeddedDatabase {

        private final DataDirectoryLock lock;
        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres) {
            this.lock = lock;
            this.postgres = postgres;
        }

        static EmbeddedDatabase start(Path dataDirectory, boolean clean) throws IOException {
            var lock = DataDirectoryLock.acquire(dataDirectory);
            try {
                Path pgData = dataDirectory.resolve("postgres");
                log.info("Starting embedded PostgreSQL with data in {}", pgData.toAbsolutePath());
                var postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(clean)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "50")
                        .start();
                log.info("Embedded PostgreSQL listens on localhost:{} (user postgres, for pg_dump)", postgres.getPort());
                return new EmbeddedDatabase(lock, postgres);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        void stop() throws IOException {
            try {
                postgres.close();
            } finally {
                lock.close();
            }
        }
    }
}
