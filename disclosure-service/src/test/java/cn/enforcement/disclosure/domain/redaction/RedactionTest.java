package cn.enforcement.disclosure.domain.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.platform.events.cases.NamedPerson;
import cn.enforcement.platform.events.cases.NamedPerson.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of personal data in the forms officers write it, what stays public, and the spans left for a person to decide. */
class RedactionTest {

    private static final String MASK = Redaction.MASK;
    private static final Redaction DETECTORS_ONLY = Redaction.of(List.of(), List.of(), List.of());

    private static String redacted(String text) {
        return DETECTORS_ONLY.redact(text).text();
    }

    @Test
    void anIndividualsNameIsShownAsSurnameAndMouMou() {
        assertThat(Redaction.maskedName("刘强")).isEqualTo("刘某某");
        assertThat(Redaction.maskedName("张三丰")).isEqualTo("张某某");
        assertThat(Redaction.maskedName("欧阳娜娜")).isEqualTo("欧阳某某");
    }

    @Test
    void aDeclaredPersonIsMaskedInEveryWrittenForm() {
        Redaction redaction = Redaction.of(List.of(new NamedPerson(Role.PARTY, "刘强", "220102199003071234", "13878952670",
                "长春市朝阳区同志街928号")), List.of("吉CJF66K"), List.of());
        String text = "当事人刘 强（身份证２２０１０２１９９００３０７１２３４，电话138.7895.2670）住同志街九二八号，驾驶吉ｃｊｆ６６ｋ号车；刘强认可。";
        String result = redaction.redact(text).text();
        assertThat(result).isEqualTo("当事人刘某某（身份证" + MASK + "，电话" + MASK + "）住" + MASK + "，驾驶" + MASK + "号车；刘某某认可。");
        assertThat(redaction.redact(text).masked()).containsEntry(PersonalDataKind.NAME, 2).containsEntry(PersonalDataKind.PLATE, 1);
    }

    @Test
    void residentIdNumbersGoWithOrWithoutAValidCheckDigitAndInTheOldForm() {
        assertThat(redacted("身份证号11010519491231002X，")).isEqualTo("身份证号" + MASK + "，");
        assertThat(redacted("身份证号11010519491231002x，")).isEqualTo("身份证号" + MASK + "，");
        assertThat(redacted("身份证号110105194912310021，")).isEqualTo("身份证号" + MASK + "，");
        assertThat(redacted("证号 2201 0219 9003 0712 34 。")).isEqualTo("证号 " + MASK + " 。");
        assertThat(redacted("证号220102-19900307-1234。")).isEqualTo("证号" + MASK + "。");
        assertThat(redacted("旧证号110105491231002")).isEqualTo("旧证号" + MASK);
    }

    @Test
    void phoneNumbersGoInEveryUsualWriting() {
        assertThat(redacted("电话13812345678")).isEqualTo("电话" + MASK);
        assertThat(redacted("电话138-1234-5678。")).isEqualTo("电话" + MASK + "。");
        assertThat(redacted("电话137 528 79701。")).isEqualTo("电话" + MASK + "。");
        assertThat(redacted("电话+86 13812345678")).isEqualTo("电话+" + MASK);
        assertThat(redacted("座机0431-88881234")).isEqualTo("座机" + MASK);
        assertThat(redacted("座机(0431)5025-7683，")).isEqualTo("座机" + MASK + "，");
        assertThat(redacted("电话 88881234，")).isEqualTo("电话 " + MASK + "，");
        assertThat(redacted("电话13812345678 0431-88881234")).isEqualTo("电话" + MASK + " " + MASK);
    }

    @Test
    void vehiclePlatesGoInAnySpacingOrCaseIncludingTrailersAndNewEnergyPlates() {
        assertThat(redacted("驾驶吉A12345号货车")).isEqualTo("驾驶" + MASK + "号货车");
        assertThat(redacted("驾驶吉 D PEU3D货车")).isEqualTo("驾驶" + MASK + "货车");
        assertThat(redacted("驾驶吉gjnpga货车")).isEqualTo("驾驶" + MASK + "货车");
        assertThat(redacted("驾驶吉ＣＪＦ６６Ｋ货车")).isEqualTo("驾驶" + MASK + "货车");
        assertThat(redacted("挂车吉A1234挂")).isEqualTo("挂车" + MASK);
        assertThat(redacted("新能源车京AD12345")).isEqualTo("新能源车" + MASK);
        assertThat(redacted("吉林省交通运输厅")).isEqualTo("吉林省交通运输厅");
    }

    @Test
    void theAgencysOwnVehiclesStayPublicWhenConfigured() {
        Redaction redaction = Redaction.of(List.of(), List.of(), List.of("吉A·J0123警"));
        assertThat(redaction.redact("执法车吉A J0123警到场").text()).isEqualTo("执法车吉A J0123警到场");
    }

    @Test
    void bankCardsGoWhenTheirLuhnCheckHolds() {
        assertThat(redacted("账号6222 0212 3456 7890 128，")).isEqualTo("账号" + MASK + "，");
        assertThat(PersonalDataDetectors.luhn("6222021234567890128")).isTrue();
        assertThat(PersonalDataDetectors.luhn("6222021234567890129")).isFalse();
    }

    @Test
    void eMailAndAddressesBelowStreetLevelGo() {
        assertThat(redacted("邮箱zhang.san@example.com。")).isEqualTo("邮箱" + MASK + "。");
        assertThat(redacted("在南湖新村29栋3单元928室查获")).isEqualTo("在" + MASK + "查获");
        assertThat(redacted("住长春市朝阳区人民大街1234号3栋，")).isEqualTo("住长春市朝阳区" + MASK + "，");
        assertThat(redacted("家住九台区胡家乡石羊村三组。")).isEqualTo("家住九台区胡家乡" + MASK + "。");
        assertThat(redacted("同志街九二八号门前")).isEqualTo(MASK + "门前");
        assertThat(redacted("单位地址同志街九二八号，")).isEqualTo("单位地址" + MASK + "，");
    }

    @Test
    void aNameAfterARoleIsMaskedAsSurnameAndMouMou() {
        assertThat(redacted("驾驶员王建国驾驶该车")).isEqualTo("驾驶员王某某驾驶该车");
        assertThat(redacted("法定代表人：欧阳娜娜，")).isEqualTo("法定代表人：欧阳某某，");
        assertThat(redacted("证人李四称")).isEqualTo("证人李某某称");
        assertThat(redacted("车主单位未到场")).isEqualTo("车主单位未到场");
    }

    @Test
    void organisationsTheirCreditCodesAndTheFactsOfTheCaseStay() {
        String facts = "长春市顺达物流有限公司（统一社会信用代码91220101MA0Y3KXX1T）于2026-03-05 14:30在G1京哈高速K1050+300处超限运输，"
                + "车货总重55.32吨，超限率38.3%，依据《公路安全保护条例》第六十四条罚款20000元，吉长交执罚〔2026〕第0012号";
        assertThat(redacted(facts)).isEqualTo(facts);
    }

    @Test
    void anAllDigitCreditCodeStaysWhileAnIdNumberOfTheSameLengthGoes() {
        String code = allDigitCreditCode();
        assertThat(redacted("统一社会信用代码" + code)).isEqualTo("统一社会信用代码" + code);
        assertThat(redacted("代码" + code)).isEqualTo("代码" + code);
    }

    @Test
    void whatTheDetectorsAreUnsureOfIsFlaggedNotMasked() {
        String draft = "途经石羊村路段查获，编号4412345，驾驶员小明";
        assertThat(redacted(draft)).isEqualTo(draft);
        List<FlaggedSpan> flags = DETECTORS_ONLY.flags(draft, List.of());
        assertThat(flags).extracting(FlaggedSpan::kind).containsExactly(PersonalDataKind.ADDRESS, PersonalDataKind.NUMBER,
                PersonalDataKind.NAME);
        assertThat(flags).extracting(FlaggedSpan::text).containsExactly("石羊村", "4412345", "小明");
        assertThat(draft.substring(flags.get(1).start(), flags.get(1).end())).isEqualTo("4412345");
        assertThat(DETECTORS_ONLY.flags(draft, List.of("石羊村", "4412345", "小明"))).isEmpty();
    }

    @Test
    void aDraftThatStillHoldsADeclaredValueIsFlagged() {
        Redaction redaction = Redaction.of(List.of(new NamedPerson(Role.WITNESS, "赵六", null, null, null)), List.of(), List.of());
        assertThat(redaction.flags("证言由赵 六提供", List.of())).extracting(FlaggedSpan::kind).containsExactly(PersonalDataKind.NAME);
        assertThat(redaction.flags(redaction.redact("证言由赵 六提供").text(), List.of())).isEmpty();
    }

    @Test
    void chineseNumeralsBeforeADoorUnitAreReadAsDigits() {
        assertThat(FoldedText.arabic("九二八")).isEqualTo("928");
        assertThat(FoldedText.arabic("九百二十八")).isEqualTo("928");
        assertThat(FoldedText.arabic("十二")).isEqualTo("12");
        assertThat(FoldedText.of("第六十四条").text()).isEqualTo("第六十四条");
        assertThat(FoldedText.of("三单元").text()).isEqualTo("3单元");
    }

    /** An 18-digit unified social credit code with a valid check character and no valid identity-number check digit. */
    private static String allDigitCreditCode() {
        for (long serial = 91220101000000000L; ; serial++) {
            String body = String.valueOf(serial);
            char check = cn.enforcement.platform.identity.UnifiedSocialCreditCode.checkCharacter(body);
            String code = body + check;
            if (Character.isDigit(check) && !cn.enforcement.platform.identity.ResidentIdNumber.isValid(code)) {
                return code;
            }
        }
    }
}
