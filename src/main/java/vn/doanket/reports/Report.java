package vn.doanket.reports;

import java.util.List;

/**
 * A report on the Front's work (báo cáo kết quả công tác Mặt trận) for a unit and period, laid out as
 * Nghị định 30/2020 wants it: issuing body, number and symbol, place and date, title and abstract,
 * the body in sections, the signer and the recipients. Every renderer (.docx, .xlsx, .pdf, the web
 * preview) reads this one model, so they say the same thing.
 *
 * @param issuingBody the issuing body's lines, in capitals ("ỦY BAN MTTQ VIỆT NAM", "THÀNH PHỐ HÀ NỘI")
 * @param number the number and symbol line, "Số: …/BC-MTTQ-BTT" until the office gives a number
 * @param placeAndDate "Hà Nội, ngày 06 tháng 7 năm 2025"
 * @param summary the abstract under the title: "Kết quả công tác Mặt trận 6 tháng đầu năm 2025"
 */
public record Report(
        String unitCode,
        String unitName,
        String periodId,
        String periodLabel,
        List<String> issuingBody,
        String number,
        String placeAndDate,
        String title,
        String summary,
        String introduction,
        List<ReportSection> sections,
        Signer signer,
        List<String> recipients) {

    public Report {
        issuingBody = List.copyOf(issuingBody);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
    }

    /** "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / the name, or a dotted line to sign over when none is kept. */
    public record Signer(String capacity, String title, String name) {}
}
