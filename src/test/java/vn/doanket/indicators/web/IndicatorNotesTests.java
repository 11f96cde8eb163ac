package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.ValueType;

/** Which notes are listed below a table of indicators. */
class IndicatorNotesTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private static final Indicator BOTH = indicator("A", "Cách tính A.", "How A is counted.");
    private static final Indicator VI_ONLY = indicator("B", "Cách tính B.", null);
    private static final Indicator NONE = indicator("C", null, null);

    @Test
    void listsEachNotedIndicatorOnceInTheOrderOfItsColumns() {
        // an indicator with a breakdown has a column per option
        assertThat(IndicatorNotes.of(Stream.of(VI_ONLY, NONE, BOTH, BOTH, VI_ONLY), VI))
                .extracting(Indicator::code)
                .containsExactly("B", "A");
    }

    @Test
    void listsTheVietnameseNoteForAnEnglishReaderWhereNoEnglishWasWritten() {
        assertThat(IndicatorNotes.of(Stream.of(BOTH, VI_ONLY, NONE), EN))
                .extracting(i -> i.description(EN))
                .containsExactly("How A is counted.", "Cách tính B.");
    }

    @Test
    void aBlankNoteIsNoNoteInEitherLanguage() {
        // the pages test the note for null alone: a blank one must not give them an empty line or tooltip
        Indicator blank = indicator("E", " ", "\t");
        assertThat(blank.description(VI)).isNull();
        assertThat(blank.description(EN)).isNull();
        assertThat(indicator("F", "Cách tính F.", " ").description(EN)).isEqualTo("Cách tính F.");
    }

    @Test
    void listsNothingWhereNoIndicatorHasANote() {
        assertThat(IndicatorNotes.of(Stream.of(NONE, indicator("D", " ", null)), VI))
                .isEmpty();
    }

    private static Indicator indicator(String code, String noteVi, String noteEn) {
        return new Indicator(
                code.charAt(0),
                code,
                "Chỉ tiêu " + code,
                "Indicator " + code,
                "hộ",
                "households",
                ValueType.INTEGER,
                Aggregation.SUM,
                Aggregation.SUM,
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                noteVi,
                noteEn);
    }
}
