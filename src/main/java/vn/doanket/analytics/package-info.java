/** Live roll-up of reported figures over the hierarchy in force on any date, dashboards and the analytics API. */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package vn.doanket.analytics;
