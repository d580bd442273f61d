package org.waymark.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula becomes text; anything else is left as it was. */
class SpreadsheetCellsTests {

    @Test
    void cellsStartingWithAFormulaCharacterGetAQuoteInFront() {
        assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.neutralise("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherCellsAreLeftAlone() {
        assertThat(SpreadsheetCells.neutralise("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(SpreadsheetCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.neutralise("")).isEmpty();
        assertThat(SpreadsheetCells.neutralise((String) null)).isNull();
    }
}
