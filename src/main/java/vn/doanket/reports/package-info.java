/** Reports: figures read out of narrative reports (and, later, reports written from the figures). */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.doanket.reports;
