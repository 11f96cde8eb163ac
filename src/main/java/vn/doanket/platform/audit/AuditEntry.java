package vn.doanket.platform.audit;

import java.time.Instant;

/** One row of the audit trail as it is browsed. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String unitCode,
        String unitName,
        String entity,
        String entityId,
        AuditAction action,
        String summary,
        String before,
        String after) {}
