/** The audit trail: who changed what, when, in which unit, with the record before and after. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.doanket.audit;
