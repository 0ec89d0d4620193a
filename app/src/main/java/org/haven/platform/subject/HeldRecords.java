package org.haven.platform.subject;

import java.util.List;
import java.util.Map;

/** The rows one table holds about the subject, each as column → value (decrypted, third parties withheld). */
public record HeldRecords(String table, List<Map<String, String>> rows) {
}
