package vn.doanket.organization;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One step of lineage: a unit that came before or after another, and the share of figures it carries. */
public record Succession(Unit unit, BigDecimal weight, LocalDate effectiveOn) {}
