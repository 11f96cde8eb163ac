package vn.doanket.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A conference of the Front with what its minutes (biên bản) record: when and where, who chaired and
 * attended, the report it discussed, its conclusions and the key tasks it set.
 *
 * @param reportPeriod the period of the unit's report the conference discussed, or null
 */
public record Conference(
        long id,
        String unitCode,
        String unitName,
        Kind kind,
        LocalDate heldOn,
        String place,
        String chair,
        String attendees,
        String reportPeriod,
        String conclusions,
        List<Task> tasks) {

    public Conference {
        tasks = List.copyOf(tasks);
    }

    public enum Kind {
        ANNUAL("Hội nghị tổng kết công tác Mặt trận năm"),
        HALF_YEAR("Hội nghị sơ kết công tác Mặt trận 6 tháng"),
        QUARTERLY("Hội nghị giao ban công tác Mặt trận quý");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The conference as named in its minutes. */
        public String title() {
            return title;
        }
    }

    /** A key task set by the conference, owned by a unit, due by a date; {@code doneOn} null while open. */
    public record Task(
            long id, String description, String ownerCode, String ownerName, LocalDate dueOn, LocalDate doneOn) {

        public boolean overdueOn(LocalDate day) {
            return doneOn == null && dueOn.isBefore(day);
        }
    }
}
