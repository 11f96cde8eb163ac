package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DataValueSetsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static List<DataValueInput> read(String payload) {
        return DataValueSets.read(JSON, payload).stream()
                .map(DataEntry.Numbered::input)
                .toList();
    }

    @Test
    void rowsInheritTheSetsPeriodAndOrgUnitUnlessTheyNameTheirOwn() {
        List<DataValueInput> rows = read(
                """
                {"period": "2024Q3", "orgUnit": "00004", "dataValues": [
                  {"dataElement": "DEATHS", "value": "17"},
                  {"dataElement": "DEATHS", "orgUnit": "00008", "period": "2024Q4", "value": "3"}]}""");
        assertThat(rows)
                .extracting(DataValueInput::unit, DataValueInput::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("00004", "2024Q3"),
                        org.assertj.core.groups.Tuple.tuple("00008", "2024Q4"));
    }

    @Test
    void valuesAreReadAsMachineNumbersAndReplaceWithoutAVersionCheck() {
        DataValueInput row =
                read("""
                        {"dataValues": [{"dataElement": "X", "orgUnit": "1", "period": "2024", "value": 9100000000.50}]}""")
                        .get(0);
        assertThat(row.value()).isEqualTo("9100000000.5");
        assertThat(row.notation()).isEqualTo(NumberNotation.PLAIN);
        assertThat(row.expectedVersion()).isNull();
    }

    @Test
    void defaultCategoryOptionComboMeansNoBreakdown() {
        assertThat(read(
                                """
                        {"dataValues": [
                          {"dataElement": "X", "categoryOptionCombo": "default", "value": "1"},
                          {"dataElement": "X", "categoryOptionCombo": "HllvX50cXC0", "value": "1"},
                          {"dataElement": "X", "categoryOptionCombo": "PHU_NU", "value": "1"}]}""")
                        .stream()
                        .map(DataValueInput::option))
                .containsExactly(null, null, "PHU_NU");
    }

    @Test
    void deletedRowRemovesTheValue() {
        assertThat(
                        read("""
                        {"dataValues": [{"dataElement": "X", "value": "5", "deleted": true}]}""")
                                .get(0)
                                .value())
                .isEmpty();
    }

    @Test
    void yesNoAndCommentsPassThrough() {
        DataValueInput row =
                read("""
                        {"dataValues": [{"dataElement": "X", "value": true, "comment": "Tổ chức ngày 18/11"}]}""")
                        .get(0);
        assertThat(row.value()).isEqualTo("true");
        assertThat(row.comment()).isEqualTo("Tổ chức ngày 18/11");
    }

    @Test
    void notJsonOrNoDataValuesIsRefusedAsAWhole() {
        assertThatThrownBy(() -> read("dataElement,period\nX,2024"))
                .isInstanceOfSatisfying(DataImportRejectedException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .extracting(RowError::row)
                        .isEqualTo(0));
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("dataValues");
        assertThatThrownBy(() -> read("")).isInstanceOf(DataImportRejectedException.class);
    }
}
