package org.haven.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Makes the audit log tamper-evident. Committed entries are sealed into a hash chain
 * ({@code audit_seal}) every few seconds, each seal hashing the entry together with the previous
 * seal's hash; the newest seal is also written to a file outside the database
 * ({@code <data-dir>/audit/chain-head}), so cutting the newest entries and their seals away shows too.
 * {@link #verify()} recomputes the chain; it runs on a schedule and publishes {@link AuditChainBroken}
 * when anything does not add up.
 */
@Service
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 5_000;
    /**
     * How far back (in entry ids) the sealer looks for entries committed late by a transaction that
     * started long before; an entry further back than that is never sealed, and {@link #verify()} reports it.
     */
    private static final long LATE_COMMIT_WINDOW = 100_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path headFile;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    AuditChain(JdbcClient jdbc, Clock clock, @Value("${haven.data-dir}") Path dataDir,
               ApplicationEventPublisher events,
               PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
        this.headFile = dataDir.resolve("audit/chain-head");
        this.events = events;
    }

    /** A check of the whole chain: how many seals were checked, and the problems found (none when intact). */
    public record Verification(long sealsChecked, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    @Scheduled(fixedDelayString = "${haven.audit.seal-every:PT5S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT5M")
    public void sealOnSchedule() {
        sealNew();
    }

    /**
     * Seals every committed entry not sealed yet; the number sealed. One sealer at a time (a database
     * lock), so the chain never forks; the head file is written once the seals are committed.
     */
    public int sealNew() {
        int sealed = transactions.execute(status -> sealInOneTransaction());
        if (sealed > 0) {
            writeHeadFile(head());
        }
        return sealed;
    }

    private int sealInOneTransaction() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('haven-audit-seal'))").query().singleValue();
        int sealed = 0;
        while (true) {
            var head = head();
            var entries = jdbc.sql("SELECT " + SealedEntry.COLUMNS + """
                             FROM audit_event e
                            WHERE e.id > :floor
                              AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)
                            ORDER BY e.id LIMIT :batch""")
                    .param("floor", sealingFloor(head))
                    .param("batch", BATCH)
                    .query((row, n) -> SealedEntry.read(row, 1)).list();
            String previous = head.hash();
            for (var entry : entries) {
                String hash = entry.hashAfter(previous);
                jdbc.sql("""
                                INSERT INTO audit_seal (entry_id, previous_hash, entry_hash, sealed_at)
                                VALUES (:entry, :previous, :hash, :at)""")
                        .param("entry", entry.id()).param("previous", previous).param("hash", hash)
                        .param("at", Timestamp.from(clock.instant())).update();
                previous = hash;
            }
            sealed += entries.size();
            if (entries.size() < BATCH) {
                return sealed;
            }
        }
    }

    @Scheduled(fixedDelayString = "${haven.audit.verify-every:PT1H}", initialDelayString = "${haven.audit.verify-every:PT1H}")
    @SchedulerLock(name = "audit-verify", lockAtMostFor = "PT30M")
    public void verifyOnSchedule() {
        verify();
    }

    /**
     * Recomputes every seal from the entry as it is stored now. Finds changed entries, removed
     * entries, seals changed or removed, entries never sealed, and a chain shorter than the head
     * written outside the database. Publishes {@link AuditChainBroken} when it finds anything.
     */
    public Verification verify() {
        sealNew(); // what the sealer has not reached yet is not a break
        var verification = readOnly.execute(status -> check());
        if (!verification.intact()) {
            log.error("The audit log's hash chain is broken: {}", verification.problems());
            events.publishEvent(new AuditChainBroken(verification.problems()));
        }
        return verification;
    }

    private Verification check() {
        var problems = new java.util.ArrayList<String>();
        String previous = SealedEntry.GENESIS;
        long position = 0;
        long checked = 0;
        while (problems.size() < 20) {
            var seals = jdbc.sql("SELECT s.position, s.entry_id, s.previous_hash, s.entry_hash, e.id IS NOT NULL, "
                            + SealedEntry.COLUMNS + """
                             FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.entry_id
                            WHERE s.position > :after ORDER BY s.position LIMIT :batch""")
                    .param("after", position).param("batch", BATCH)
                    .query((row, n) -> new Seal(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getBoolean(5) ? SealedEntry.read(row, 6) : null)).list();
            for (var seal : seals) {
                // Positions may skip (a rolled-back or crashed sealer uses up identity values), so a
                // removed seal shows as the next one not following it, not as a gap in the numbers.
                if (!seal.previousHash().equals(previous)) {
                    problems.add("seal " + seal.position() + " does not follow the seal before it");
                }
                if (seal.entry() == null) {
                    problems.add("entry " + seal.entryId() + " (seal " + seal.position() + ") was removed");
                } else if (!seal.entry().hashAfter(seal.previousHash()).equals(seal.entryHash())) {
                    problems.add("entry " + seal.entryId() + " (seal " + seal.position() + ") was changed");
                }
                previous = seal.entryHash();
                position = seal.position();
                checked++;
            }
            if (seals.size() < BATCH) {
                break;
            }
        }
        checkHeadFile(position, problems);
        long unsealed = jdbc.sql("""
                        SELECT count(*) FROM audit_event e
                         WHERE e.id <= :floor
                           AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)""")
                .param("floor", sealingFloor(head())).query(Long.class).single();
        if (unsealed > 0) {
            problems.add(unsealed + " entries were written where the sealer no longer looks: they were never sealed");
        }
        return new Verification(checked, List.copyOf(problems));
    }

    private static long sealingFloor(Head head) {
        return Math.max(0, head.lastEntryId() - LATE_COMMIT_WINDOW);
    }

    private record Seal(long position, long entryId, String previousHash, String entryHash, SealedEntry entry) {
    }

    private record Head(long position, long lastEntryId, String hash) {
    }

    private Head head() {
        return jdbc.sql("SELECT position, entry_id, entry_hash FROM audit_seal ORDER BY position DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong(1), maxSealedEntry(), row.getString(3))).optional()
                .orElse(new Head(0, 0, SealedEntry.GENESIS));
    }

    private long maxSealedEntry() {
        return jdbc.sql("SELECT coalesce(max(entry_id), 0) FROM audit_seal").query(Long.class).single();
    }

    private void checkHeadFile(long lastPosition, List<String> problems) {
        readHeadFile().ifPresent(recorded -> {
            var stored = jdbc.sql("SELECT entry_hash FROM audit_seal WHERE position = :p")
                    .param("p", recorded.position()).query(String.class).optional();
            if (recorded.position() > lastPosition || stored.isEmpty()) {
                problems.add("the chain ends at seal " + lastPosition + " but reached seal " + recorded.position()
                        + " (" + headFile + "): entries were cut from its end");
            } else if (!stored.get().equals(recorded.hash())) {
                problems.add("seal " + recorded.position() + " differs from the one recorded in " + headFile);
            }
        });
    }

    private Optional<Head> readHeadFile() {
        try {
            if (!Files.exists(headFile)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(headFile).strip().split(" ");
            return Optional.of(new Head(Long.parseLong(parts[0]), 0, parts[1]));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the audit chain head {}: {}", headFile, e.toString());
            return Optional.empty();
        }
    }

    private void writeHeadFile(Head head) {
        try {
            Files.createDirectories(headFile.getParent());
            Path next = headFile.resolveSibling("chain-head.next");
            Files.writeString(next, head.position() + " " + head.hash() + "\n");
            Files.move(next, headFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit chain head " + headFile, e);
        }
    }
}
