/** How quantities, periods and unit names are found in Vietnamese text; internal to the reports module. */
package vn.doanket.reports.extraction;
