package org.haven.platform.subject;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** A retention rule that keeps records for a configured period: its name, its period, and the cut-off. */
public abstract class RetentionPeriod implements RetentionRule {

    private final String messageCode;
    protected final Period keptFor;

    protected RetentionPeriod(String messageCode, Period keptFor) {
        this.messageCode = messageCode;
        this.keptFor = keptFor;
    }

    @Override
    public String messageCode() {
        return messageCode;
    }

    @Override
    public String period() {
        return keptFor.toString();
    }

    /** Records from before this moment have been kept long enough. */
    protected Timestamp keptSince(Instant now) {
        return Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(keptFor).toInstant());
    }
}
