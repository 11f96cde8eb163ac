package vn.doanket.reports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doanket.reports.extraction.Found;
import vn.doanket.reports.extraction.IndicatorRules;
import vn.doanket.reports.extraction.Mention;
import vn.doanket.reports.extraction.PeriodFinder;
import vn.doanket.reports.extraction.QuantityScanner;
import vn.doanket.reports.extraction.TextView;
import vn.doanket.reports.extraction.UnitNameFinder;

/**
 * Reads the figures out of a narrative report: every quantity with its exact source span, value,
 * unit and qualifier, and a proposed indicator, period and unit. Pure Java and thread-safe; Spring
 * only makes it injectable.
 */
@Component
public class FigureExtractor {

    private final QuantityScanner scanner = new QuantityScanner();
    private final IndicatorRules rules = IndicatorRules.standard();
    private final PeriodFinder periods = new PeriodFinder();
    private final UnitNameFinder unitNames = new UnitNameFinder();

    public List<ExtractedQuantity> extract(String input) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        TextView text = new TextView(input);
        List<Found> found = scanner.scan(text);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Mention> periodMentions = periods.find(text);
        List<Mention> unitMentions = unitNames.find(text);
        List<ExtractedQuantity> out = new ArrayList<>(found.size());
        for (Found f : found) {
            IndicatorRules.Proposal proposal = rules.propose(text, f);
            Mention period = Mention.forQuantity(periodMentions, input, f.start());
            Mention unit = Mention.forQuantity(unitMentions, input, f.start());
            double confidence = proposal == null ? f.confidence() : f.confidence() * proposal.confidence();
            out.add(new ExtractedQuantity(
                    input.substring(f.start(), f.end()),
                    f.start(),
                    f.end(),
                    f.value(),
                    f.unit(),
                    f.qualifier(),
                    f.ratioOf(),
                    proposal == null ? null : proposal.indicator(),
                    Math.round(confidence * 100) / 100.0,
                    period == null ? null : period.value(),
                    unit == null ? null : unit.value()));
        }
        return out;
    }
}
