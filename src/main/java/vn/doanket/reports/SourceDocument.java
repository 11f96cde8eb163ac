package vn.doanket.reports;

import java.time.Instant;
import java.util.List;

/**
 * A narrative report given for extraction, as read (its text), with its quantities under review.
 *
 * @param originalSize bytes of the file as uploaded, kept for download; 0 when the text was pasted
 */
public record SourceDocument(
        long id,
        long unitId,
        String unitName,
        String fileName,
        String body,
        String uploadedBy,
        Instant uploadedAt,
        long originalSize,
        List<FigureReview> figures) {

    /** Whether the file as uploaded is kept (a pasted text has none). */
    public boolean hasOriginal() {
        return originalSize > 0;
    }

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
