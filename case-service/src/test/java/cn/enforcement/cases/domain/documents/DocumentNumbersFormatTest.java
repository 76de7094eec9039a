package cn.enforcement.cases.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersFormatTest {

    @Test
    void aNumberNamesTheAgencyTheKindTheYearAndFourDigits() {
        assertThat(DocumentNumbers.format("吉长交执", DocumentKind.PENALTY_DECISION, 2026, 12)).isEqualTo("吉长交执罚〔2026〕第0012号");
        assertThat(DocumentNumbers.format("吉长交执", DocumentKind.PENALTY_NOTICE, 2027, 1)).isEqualTo("吉长交执告〔2027〕第0001号");
        assertThat(DocumentNumbers.format("吉长交执", DocumentKind.SERVICE_RECEIPT, 2026, 12345)).isEqualTo("吉长交执送〔2026〕第12345号");
    }
}
