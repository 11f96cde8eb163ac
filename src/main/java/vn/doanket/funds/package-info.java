/** Funds: an append-only double-entry ledger for every đồng, bank statement import and the public transparency portal. */
@org.springframework.modulith.ApplicationModule(displayName = "Funds")
package vn.doanket.funds;
