package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataValueSetCsvTests {

    @Test
    void readsDhis2ColumnsInAnyCaseAndNumbersRowsByFileLine() {
        List<DataEntry.Numbered> rows = DataValueSetCsv.read(
                """
                dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup,deleted
                DEATHS,2025Q4,00004,,,17,,,,false,
                SUPERVISIONS,2025Q4,00004,PHU_NU,,3,,,"Giám sát, phản biện",false,
                CREMATIONS,2025Q4,00004,default,,9,,,,false,true
                """);
        assertThat(rows).extracting(DataEntry.Numbered::row).containsExactly(2, 3, 4);
        assertThat(rows.get(0).input().value()).isEqualTo("17");
        assertThat(rows.get(0).input().option()).isNull();
        assertThat(rows.get(1).input().option()).isEqualTo("PHU_NU");
        assertThat(rows.get(1).input().comment()).isEqualTo("Giám sát, phản biện");
        assertThat(rows.get(2).input().value()).isEmpty();
        assertThat(rows.get(2).input().notation()).isEqualTo(NumberNotation.PLAIN);
        assertThat(DataValueSetCsv.read("DataElement,Period,OrgUnit,Value\nX,2024,01,1\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.input().indicator()).isEqualTo("X"));
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> DataValueSetCsv.read("dataelement,value\nDEATHS,3\n"))
                .isInstanceOfSatisfying(DataImportRejectedException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(err -> assertThat(err.message()).contains("period, orgunit")));
    }
}
