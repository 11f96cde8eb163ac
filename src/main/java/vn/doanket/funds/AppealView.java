package vn.doanket.funds;

import java.time.LocalDate;

/** An appeal (cuộc vận động ủng hộ) with its period, target and what its funds raised so far. */
public record AppealView(
        long id, String unit, String name, LocalDate startsOn, LocalDate endsOn, Long target, long raised) {}
