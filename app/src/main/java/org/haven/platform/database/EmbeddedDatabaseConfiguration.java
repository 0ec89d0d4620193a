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
import org.springframework.context.annotation.Primary;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * What the application runs as: {@code haven_app}, which owns nothing, so it cannot disable the
     * audit log's triggers, and is refused changing or removing audit entries (granted after every
     * migration by {@code afterMigrate__application_role.sql}).
     */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedDatabase database) {
        return pool(database, EmbeddedDatabase.APPLICATION_ROLE, 10, "haven-embedded");
    }

    /** The owner of the schema, for migrations only. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource migrationDataSource(EmbeddedDatabase database) {
        return pool(database, "postgres", 3, "haven-embedded-migrations");
    }

    private static HikariDataSource pool(EmbeddedDatabase database, String role, int size, String name) {
        var config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl(role));
        config.setUsername(role);
        config.setPassword(role);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The running embedded server and the lock that keeps a second instance away from its files. */
    static final class EmbeddedDatabase {

        static final String APPLICATION_ROLE = "haven_app";

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
                createApplicationRole(postgres);
                return new EmbeddedDatabase(lock, postgres);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        }

        private static void createApplicationRole(EmbeddedPostgres postgres) throws IOException {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("""
                        DO $$ BEGIN
                          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%1$s';
                          END IF;
                        END $$""".formatted(APPLICATION_ROLE));
            } catch (SQLException e) {
                throw new IOException("Cannot create the application's database role", e);
            }
        }

        String jdbcUrl(String role) {
            return postgres.getJdbcUrl(role, "postgres");
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
