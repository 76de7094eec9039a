package cn.enforcement.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every pattern the public must not read, standing alone and inside free text. */
class RedactionTest {

    private static final String MASK = Redaction.MASK;

    @Test
    void anIndividualsNameIsShownAsSurnameAndMouMou() {
        assertThat(Redaction.maskedName("刘强")).isEqualTo("刘某某");
        assertThat(Redaction.maskedName("张三丰")).isEqualTo("张某某");
        assertThat(Redaction.maskedName("欧阳娜娜")).isEqualTo("欧阳某某");
        assertThat(Redaction.publicText("当事人刘强驾驶货车，刘强当场认可", "刘强")).isEqualTo("当事人刘某某驾驶货车，刘某某当场认可");
    }

    @Test
    void residentIdNumbersGoWhetherTheirCheckDigitIsValidOrNot() {
        assertThat(Redaction.publicText("身份证号11010519491231002X，", null)).isEqualTo("身份证号" + MASK + "，");
        assertThat(Redaction.publicText("身份证号110105194912310021，", null)).isEqualTo("身份证号" + MASK + "，");
        assertThat(Redaction.publicText("旧证号110105491231002", null)).isEqualTo("旧证号" + MASK);
    }

    @Test
    void phoneNumbersGoInEveryUsualWriting() {
        assertThat(Redaction.publicText("电话13812345678", null)).isEqualTo("电话" + MASK);
        assertThat(Redaction.publicText("电话138-1234-5678。", null)).isEqualTo("电话" + MASK + "。");
        assertThat(Redaction.publicText("电话+86 13812345678", null)).isEqualTo("电话" + MASK);
        assertThat(Redaction.publicText("座机0431-88881234", null)).isEqualTo("座机" + MASK);
    }

    @Test
    void vehiclePlatesGoIncludingTrailersAndNewEnergyPlates() {
        assertThat(Redaction.publicText("驾驶吉A12345号货车", null)).isEqualTo("驾驶" + MASK + "号货车");
        assertThat(Redaction.publicText("挂车吉A1234挂", null)).isEqualTo("挂车" + MASK);
        assertThat(Redaction.publicText("新能源车京AD12345", null)).isEqualTo("新能源车" + MASK);
        assertThat(Redaction.publicText("吉林省交通运输厅", null)).isEqualTo("吉林省交通运输厅");
    }

    @Test
    void bankAccountsAndStreetAddressesGo() {
        assertThat(Redaction.publicText("账号6222021234567890123", null)).isEqualTo("账号" + MASK);
        assertThat(Redaction.publicText("住长春市朝阳区人民大街1234号3栋，", null)).startsWith("住长春市").endsWith(MASK + "，")
                .doesNotContain("人民大街").doesNotContain("1234");
    }

    @Test
    void organisationsAndTheirCreditCodesStay() {
        String facts = "长春市顺达物流有限公司（统一社会信用代码91220101MA0Y3KXX1T）超限运输";
        assertThat(Redaction.publicText(facts, null)).isEqualTo(facts);
    }

    @Test
    void theAdminMasksMoreNeverLess() {
        String draft = Redaction.publicText("当事人刘强在G1京哈高速长春收费站被查", "刘强");
        assertThat(Redaction.withPhrasesMasked(draft, List.of("长春收费站"))).isEqualTo("当事人刘某某在G1京哈高速" + MASK + "被查");
    }
}
