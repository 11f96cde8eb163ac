/** Accounts, roles, login and the rule that an account sees and changes only its home unit's subtree. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.doanket.identity;
