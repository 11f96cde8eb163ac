package vn.doanket.platform.audit;

/**
 * A change to record: the unit it belongs to (id and materialised path, so an upper unit can see
 * its subtree's changes), the entity and its id, and the record before and after (any object Jackson
 * can write; null where there is none).
 */
public record AuditChange(
        Long unitId,
        String unitPath,
        String entity,
        String entityId,
        AuditAction action,
        String summary,
        Object before,
        Object after) {}
