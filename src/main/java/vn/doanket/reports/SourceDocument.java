package vn.doanket.reports;

import java.time.Instant;
import java.util.List;

/** A narrative report given for extraction, as read (its text), with its quantities under review. */
public record SourceDocument(
        long id,
        long unitId,
        String unitName,
        String fileName,
        String body,
        String uploadedBy,
        Instant uploadedAt,
        List<FigureReview> figures) {

    /** A line of the documents list, without the body. */
    public record Summary(
            long id,
            String unitName,
            String fileName,
            String uploadedBy,
            Instant uploadedAt,
            int figures,
            int pending) {}
}
