/** Data entry pages: the form, the grid, Excel/CSV/DHIS2 uploads, submission, approval and targets. */
package vn.doanket.indicators.web;
