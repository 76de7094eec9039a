package cn.enforcement.cases.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Circumstance;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark.Level;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reasons a decision states (说理式文书): each tier, the fine within or outside its range, each kind of answer to a defence. */
class DecisionReasoningTest {

    private static final DecisionReasoning.Findings FINDINGS = new DecisionReasoning.Findings("孙某", "2026年12月1日", "长春绕城高速治超站",
            "驾驶吉A54321号货车车货总重超过限定标准", List.of("视听资料（2026年12月1日取得）", "勘验笔录、现场笔录（2026年12月1日取得）"));
    private static final DecisionReasoning.Remedies REMEDIES = new DecisionReasoning.Remedies("中国工商银行长春分行", "长春市财政局",
            "4200 001", 15, "长春市人民政府", "长春市朝阳区人民法院");

    private static DecisionReasoning.Discretion discretion(Level level, List<Circumstance> circumstances, String fine, String outsideReasons) {
        return new DecisionReasoning.Discretion("超限运输", "超限吨数", new BigDecimal("3.00"), level, "超限1至5吨", circumstances,
                PartyType.INDIVIDUAL, new BigDecimal("2000"), new BigDecimal("5000"), fine == null ? null : new BigDecimal(fine), outsideReasons);
    }

    private static DecisionReasoning.Text decision(List<DecisionReasoning.Defence> defences, boolean waived, DecisionReasoning.Discretion d) {
        return DecisionReasoning.of(FINDINGS, defences, waived, d, "《公路安全保护条例》第三十三条", "《公路安全保护条例》第六十四条",
                "罚款人民币3000元", REMEDIES);
    }

    @ParameterizedTest
    @CsvSource({"MINOR,轻微", "ORDINARY,一般", "SERIOUS,较重", "ESPECIALLY_SERIOUS,严重"})
    void eachTierIsNamedWithItsRangeForTheParty(Level level, String name) {
        String text = decision(List.of(), false, discretion(level, List.of(), "3000", null)).discretion();
        assertThat(text).contains("超限吨数为3").contains("属于“" + name + "”档次（超限1至5吨）").contains("对个人的罚款幅度为2000元至5000元")
                .contains("本机关决定罚款3000元，在该档次幅度以内");
    }

    @Test
    void theCircumstancesThatMovedTheTierAreStated() {
        String text = decision(List.of(), false, discretion(Level.MINOR, List.of(Circumstance.FIRST_OFFENCE, Circumstance.PROMPTLY_CORRECTED),
                "2000", null)).discretion();
        assertThat(text).contains("当事人具有初次违法、及时改正的从轻情节").doesNotContain("从重");
        assertThat(decision(List.of(), false, discretion(Level.SERIOUS, List.of(Circumstance.REPEATED_OFFENCE), "5000", null)).discretion())
                .contains("当事人具有多次违法的从重情节");
    }

    @Test
    void aFineAtTheEdgeOfTheRangeIsWithinItAndOneYuanBeyondNeedsItsReasons() {
        assertThat(decision(List.of(), false, discretion(Level.ORDINARY, List.of(), "5000", null)).discretion()).contains("在该档次幅度以内");
        assertThat(decision(List.of(), false, discretion(Level.ORDINARY, List.of(), "2000", null)).discretion()).contains("在该档次幅度以内");
        assertThat(decision(List.of(), false, discretion(Level.ORDINARY, List.of(), "5001", "货物系抢险救灾物资，已如实申报")).discretion())
                .contains("超出该档次幅度，理由是：货物系抢险救灾物资，已如实申报（已经法制审核）");
        assertThat(decision(List.of(), false, discretion(Level.ORDINARY, List.of(), "1999", "首次违法且立即卸载")).discretion())
                .contains("超出该档次幅度");
    }

    @Test
    void anAcceptedDefenceSaysSoAndWhy() {
        String text = decision(List.of(new DecisionReasoning.Defence("系首次超限，请求从轻", "经查属实，已在裁量中考虑", true)), false, null).defence();
        assertThat(text).isEqualTo("当事人提出：系首次超限，请求从轻。经复核，当事人的陈述、申辩理由成立，本机关予以采纳：经查属实，已在裁量中考虑。");
    }

    @Test
    void aRejectedDefenceGivesTheReasonForRejectingIt() {
        String text = decision(List.of(new DecisionReasoning.Defence("称不知道已超限", "过磅单据由当事人签字确认", false),
                new DecisionReasoning.Defence("请求分期缴纳", null, null)), false, null).defence();
        assertThat(text).contains("当事人提出：称不知道已超限。经复核，当事人的陈述、申辩理由不成立，本机关不予采纳，理由是：过磅单据由当事人签字确认。")
                .contains("当事人提出：请求分期缴纳。").doesNotContain("请求分期缴纳。经复核");
    }

    @Test
    void withoutADefenceTheDecisionSaysWhetherThePartyWaivedOrLetThePeriodPass() {
        assertThat(decision(List.of(), true, null).defence()).isEqualTo("当事人书面放弃陈述、申辩的权利。");
        assertThat(decision(List.of(), false, null).defence()).isEqualTo("当事人在法定期限内未提出陈述、申辩。");
        assertThat(decision(List.of(), false, null).discretion()).isNull();
    }

    @Test
    void theDecisionStatesFactsEvidenceBasisPaymentAndRemediesWithTheirTimeLimits() {
        DecisionReasoning.Text text = decision(List.of(), true, discretion(Level.ORDINARY, List.of(), "3000", null));
        assertThat(text.findings()).isEqualTo("经查，当事人孙某于2026年12月1日在长春绕城高速治超站，驾驶吉A54321号货车车货总重超过限定标准。");
        assertThat(text.evidence()).contains("视听资料（2026年12月1日取得）；勘验笔录、现场笔录");
        assertThat(text.legalBasis()).isEqualTo("当事人的上述行为违反了《公路安全保护条例》第三十三条的规定。");
        assertThat(text.penalty()).contains("依据《公路安全保护条例》第六十四条").contains("罚款人民币3000元");
        assertThat(text.payment()).contains("15日内").contains("中国工商银行长春分行").contains("4200 001").contains("每日按罚款数额的百分之三加处罚款");
        assertThat(text.remedies()).contains("六十日内向长春市人民政府申请行政复议").contains("六个月内依法向长春市朝阳区人民法院提起行政诉讼");
    }
}
