/** Browsing the audit trail (written by every module through platform.audit.AuditTrail) by unit, person and date. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.doanket.audit;
