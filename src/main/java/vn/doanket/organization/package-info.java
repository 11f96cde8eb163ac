/** The Front's hierarchy: committees, residential areas, member organisations, their history, people and positions. */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.doanket.organization;
