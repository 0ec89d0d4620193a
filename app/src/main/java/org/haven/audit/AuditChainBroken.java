package org.haven.audit;

import java.util.List;

/** The scheduled check found the audit log changed: whoever guards it must look now. */
public record AuditChainBroken(List<String> problems) {
}
