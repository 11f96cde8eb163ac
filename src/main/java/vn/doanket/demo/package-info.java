/** Demo mode: fills a fresh database with sample data from every module so the app can be tried at once. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package vn.doanket.demo;
