package vn.doanket.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What is recorded of a conference when it is entered. */
public record NewConference(
        @NotNull Conference.Kind kind,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 300) String place,
        @NotBlank @Size(max = 200) String chair,
        @Size(max = 10_000) String attendees,
        @Size(max = 8) String reportPeriod,
        @Size(max = 20_000) String conclusions,
        @Valid @Size(max = 100) List<NewTask> tasks) {

    public NewConference {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** A key task: what, which unit owns it (by code), by when. */
    public record NewTask(
            @NotBlank @Size(max = 1000) String description, @NotBlank String ownerUnit, @NotNull LocalDate dueOn) {}
}
