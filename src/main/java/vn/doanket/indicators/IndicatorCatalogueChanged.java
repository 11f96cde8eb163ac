package vn.doanket.indicators;

/**
 * An indicator was created, edited, retired, restored or deleted: whoever caches the catalogue
 * (analytics does) drops its copy of it. Published within the change's transaction.
 */
public record IndicatorCatalogueChanged(long indicatorId, String code) {}
