package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseDecided;
import cn.enforcement.platform.events.cases.DecisionRevoked;
import cn.enforcement.platform.events.cases.FineCollectedOnTheSpot;
import cn.enforcement.platform.events.cases.FinePaid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 罚缴分离 (PL 67, 68): a fine is closed by the bank's confirmation of payment in full, or collected on the spot
 * only when it is at most 100 yuan. A revoked decision owes nothing.
 */
public final class PaymentConfirmedByBank implements FileCheck {

    /** PL 68: statutory. */
    static final BigDecimal ON_THE_SPOT_LIMIT = new BigDecimal("100");

    @Override
    public String name() {
        return "PAYMENT_CONFIRMED_BY_BANK";
    }

    @Override
    public String basis() {
        return "PL 67, 68";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        Optional<HistoryEvent<CaseDecided>> decided = history.first(CaseDecided.class);
        if (decided.isEmpty() || !"FINE".equals(decided.get().payload().penaltyKind()) || history.first(DecisionRevoked.class).isPresent()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Optional<HistoryEvent<FineCollectedOnTheSpot>> collected = history.first(FineCollectedOnTheSpot.class);
        if (collected.isPresent()) {
            if (collected.get().payload().amount().compareTo(ON_THE_SPOT_LIMIT) > 0) {
                findings.add(Finding.of(this, FindingGrade.DEFECT, "当场收缴超过一百元: " + collected.get().payload().amount().toPlainString()
                        + " yuan collected on the spot", collected.get()));
            }
            return findings;
        }
        List<HistoryEvent<FinePaid>> payments = history.all(FinePaid.class);
        Optional<HistoryEvent<FinePaid>> inFull = payments.stream()
                .filter(p -> p.payload().paidInFull() && p.payload().bankReference() != null && !p.payload().bankReference().isBlank())
                .findFirst();
        if (inFull.isEmpty()) {
            findings.add(payments.isEmpty()
                    ? Finding.of(this, FindingGrade.DEFECT, "罚款无银行缴款确认: closed with no payment confirmed by a bank", decided.get())
                    : Finding.of(this, FindingGrade.IRREGULARITY, "closed with " + payments.get(payments.size() - 1).payload().outstanding()
                            .toPlainString() + " yuan still outstanding", payments.get(payments.size() - 1)));
        }
        return findings;
    }
}
