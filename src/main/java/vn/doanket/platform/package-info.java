/** Shared infrastructure: the database (embedded or external), settings, errors, the web shell and i18n. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.doanket.platform;
