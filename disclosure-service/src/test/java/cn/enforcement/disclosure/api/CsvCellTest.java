package cn.enforcement.disclosure.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The export's cells: quoted as RFC 4180 asks, and never a formula a spreadsheet would run. */
class CsvCellTest {

    @Test
    void everyStartAFormulaCanHaveIsDefused() {
        for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1" }) {
            assertThat(PublicDecisionResource.cell(formula)).startsWith("\"'");
        }
    }

    @Test
    void ordinaryTextIsQuotedAndItsQuotesDoubled() {
        assertThat(PublicDecisionResource.cell("吉运罚〔2026〕1号 \"超限\"")).isEqualTo("\"吉运罚〔2026〕1号 \"\"超限\"\"\"");
        assertThat(PublicDecisionResource.cell("3000")).isEqualTo("\"3000\"");
        assertThat(PublicDecisionResource.cell(null)).isEmpty();
    }
}
