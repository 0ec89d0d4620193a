package org.haven.intake;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** One message of a confidential report's thread; the body is stored encrypted. */
@Table("intake_report_message")
public record ReportMessage(Author author, String body, LocalDate writtenOn) {

    public enum Author { REPORTER, WORKER }
}
