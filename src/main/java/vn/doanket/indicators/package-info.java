/** Indicators, periods, targets, data entry and approval of the Front's periodic reports. */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package vn.doanket.indicators;
