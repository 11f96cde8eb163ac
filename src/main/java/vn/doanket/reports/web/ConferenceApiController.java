package vn.doanket.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;
import vn.doanket.reports.Conference;
import vn.doanket.reports.Conferences;
import vn.doanket.reports.NewConference;

/** Conference records as JSON, their minutes as .docx, and the overdue tasks of a unit. */
@RestController
class ConferenceApiController {

    private final Conferences conferences;

    ConferenceApiController(Conferences conferences) {
        this.conferences = conferences;
    }

    @PostMapping("/api/v1/conferences/{unit}")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER})
    @Operation(summary = "Ghi nhận một hội nghị (tổng kết, sơ kết, giao ban) với kết luận và nhiệm vụ trọng tâm")
    ResponseEntity<Conference> record(@PathVariable String unit, @Valid @RequestBody NewConference body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(conferences.record(unit, body));
    }

    @GetMapping("/api/v1/conferences/{unit}")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Các hội nghị của đơn vị, mới nhất trước")
    List<Conference> list(@PathVariable String unit) {
        return conferences.list(unit);
    }

    @GetMapping("/api/v1/conferences/{unit}/{id}/minutes.docx")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Biên bản hội nghị (.docx)")
    ResponseEntity<byte[]> minutes(@PathVariable String unit, @PathVariable long id) {
        return ReportDownloadController.file(conferences.minutes(unit, id));
    }

    @GetMapping("/api/v1/conferences/{unit}/tasks/overdue")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "Nhiệm vụ trọng tâm đơn vị chủ trì đã quá hạn mà chưa hoàn thành")
    List<Conference.Task> overdue(@PathVariable String unit) {
        return conferences.overdue(unit, LocalDate.now(vn.doanket.platform.VietnamTime.ZONE));
    }
}
