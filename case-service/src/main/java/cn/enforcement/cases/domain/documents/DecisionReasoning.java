package cn.enforcement.cases.domain.documents;

import cn.enforcement.cases.domain.PartyType;
import cn.enforcement.cases.domain.catalogue.DiscretionBenchmark;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reasons a penalty decision gives (说理式文书, seed 001; PL 59): the facts found and the evidence relied on, the
 * party's statements and defence with why each was or was not accepted, the discretion tier chosen and why, the legal
 * basis, the penalty, how to pay it and the remedies with their time limits. Built from the case alone, so that every
 * decision states its reasons the same way.
 */
public final class DecisionReasoning {

    /** PL 72: 3 % of the fine for each day paid late, never more than the fine. */
    static final String LATE_FEE = "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额";

    private DecisionReasoning() {
    }

    /** What was found and relied on. */
    public record Findings(String partyName, String occurredOn, String place, String facts, List<String> evidence) {
    }

    /** A statement or defence of the party and the agency's answer; {@code accepted} null when the answer took no side. */
    public record Defence(String content, String answer, Boolean accepted) {
    }

    /** How the discretion benchmark placed the case (裁量基准). */
    public record Discretion(String itemName, String measure, BigDecimal degree, DiscretionBenchmark.Level level, String tierDescription,
            List<DiscretionBenchmark.Circumstance> circumstances, PartyType partyType, BigDecimal rangeMin, BigDecimal rangeMax,
            BigDecimal fine, String reasonsOutsideRange) {
    }

    /** Where the fine is paid and where the party may turn. */
    public record Remedies(String bank, String accountName, String accountNumber, int payWithinDays, String reconsiderationBody,
            String court) {
    }

    /** The reasoned text, section by section, as the decision prints it. */
    public record Text(String findings, String evidence, String defence, String discretion, String legalBasis, String penalty,
            String payment, String remedies) {
    }

    /**
     * @param violated the provision the act broke (e.g. 《公路安全保护条例》第三十三条)
     * @param basis the provision the penalty is imposed under
     * @param discretion how the benchmark placed the case; null when no benchmark applied
     */
    public static Text of(Findings findings, List<Defence> defences, boolean statementWaived, Discretion discretion, String violated,
            String basis, String penalty, Remedies remedies) {
        return new Text(
                "经查，当事人" + findings.partyName() + "于" + findings.occurredOn() + "在" + findings.place() + "，" + findings.facts() + "。",
                "以上事实有下列证据证明：" + String.join("；", findings.evidence()) + "。",
                defence(defences, statementWaived),
                discretion == null ? null : discretion(discretion),
                "当事人的上述行为违反了" + violated + "的规定。",
                "依据" + basis + "，本机关决定对当事人作出如下行政处罚：" + penalty + "。",
                "当事人应当自收到本决定书之日起" + remedies.payWithinDays() + "日内，将罚款缴至" + remedies.bank() + "（户名：" + remedies.accountName()
                        + "，账号：" + remedies.accountNumber() + "）。" + LATE_FEE + "。",
                "当事人如不服本决定，可以在收到本决定书之日起六十日内向" + remedies.reconsiderationBody() + "申请行政复议，或者在六个月内依法向"
                        + remedies.court() + "提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。");
    }

    /** Each statement with the answer to it: accepted, not accepted and why, or answered without taking a side. */
    static String defence(List<Defence> defences, boolean statementWaived) {
        if (defences.isEmpty()) {
            return statementWaived ? "当事人书面放弃陈述、申辩的权利。" : "当事人在法定期限内未提出陈述、申辩。";
        }
        return defences.stream().map(d -> "当事人提出：" + d.content() + "。" + answer(d)).collect(Collectors.joining(""));
    }

    private static String answer(Defence defence) {
        String reason = defence.answer() == null || defence.answer().isBlank() ? "" : defence.answer();
        if (Boolean.TRUE.equals(defence.accepted())) {
            return "经复核，当事人的陈述、申辩理由成立，本机关予以采纳" + (reason.isEmpty() ? "。" : "：" + reason + "。");
        }
        if (Boolean.FALSE.equals(defence.accepted())) {
            return "经复核，当事人的陈述、申辩理由不成立，本机关不予采纳" + (reason.isEmpty() ? "。" : "，理由是：" + reason + "。");
        }
        return reason.isEmpty() ? "" : "本机关答复：" + reason + "。";
    }

    /** The tier by the degree, moved by the circumstances, its range for the party, and the fine within it or why not. */
    static String discretion(Discretion d) {
        StringBuilder text = new StringBuilder("依据" + d.itemName() + "的裁量基准，本案" + d.measure() + "为"
                + d.degree().stripTrailingZeros().toPlainString());
        List<String> mitigating = names(d.circumstances(), -1);
        List<String> aggravating = names(d.circumstances(), 1);
        if (!mitigating.isEmpty()) {
            text.append("，当事人具有").append(String.join("、", mitigating)).append("的从轻情节");
        }
        if (!aggravating.isEmpty()) {
            text.append("，当事人具有").append(String.join("、", aggravating)).append("的从重情节");
        }
        text.append("，违法情节属于“").append(d.level().term()).append("”档次（").append(d.tierDescription()).append("），")
                .append("该档次对").append(d.partyType() == PartyType.INDIVIDUAL ? "个人" : "单位").append("的罚款幅度为")
                .append(yuan(d.rangeMin())).append("至").append(yuan(d.rangeMax())).append("。");
        if (d.fine() == null) {
            return text.toString();
        }
        boolean within = d.fine().compareTo(d.rangeMin()) >= 0 && d.fine().compareTo(d.rangeMax()) <= 0;
        text.append("本机关决定罚款").append(yuan(d.fine()));
        return within ? text.append("，在该档次幅度以内。").toString()
                : text.append("，超出该档次幅度，理由是：").append(d.reasonsOutsideRange()).append("（已经法制审核）。").toString();
    }

    private static List<String> names(List<DiscretionBenchmark.Circumstance> circumstances, int direction) {
        return circumstances.stream().filter(c -> Integer.signum(c.weight()) == direction).map(DiscretionBenchmark.Circumstance::term)
                .toList();
    }

    static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString() + "元";
    }
}
