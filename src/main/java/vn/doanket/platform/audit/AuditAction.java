package vn.doanket.platform.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    LOGIN,
    LOGIN_FAILED,
    LOCKED,
    SUBMIT,
    APPROVE,
    RETURN
}
