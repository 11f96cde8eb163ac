/** Reports on the Front's work: official .docx/.xlsx/.pdf reports generated from the figures, and figures read out of narrative reports. */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.doanket.reports;
