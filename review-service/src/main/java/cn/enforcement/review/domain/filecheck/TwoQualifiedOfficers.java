package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.cases.CaseFiled;
import cn.enforcement.platform.events.cases.CaseOfficersAssigned;
import cn.enforcement.platform.events.cases.HearingHeld;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 执法人员不得少于两人，并应当具有执法资格 (PL 42): at filing and at every change of officers, at least two distinct
 * officers, each holding a credential of the register valid on that day; and the hearing is chaired by someone who
 * did not investigate the case (PL 64).
 */
public final class TwoQualifiedOfficers implements FileCheck {

    @Override
    public String name() {
        return "TWO_QUALIFIED_OFFICERS";
    }

    @Override
    public String basis() {
        return "PL 42, 64";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        List<Finding> findings = new ArrayList<>();
        Optional<HistoryEvent<CaseFiled>> filed = history.first(CaseFiled.class);
        filed.ifPresent(event -> checkOfficers(history, event, event.payload().handlingCredentials(), findings));
        for (HistoryEvent<CaseOfficersAssigned> assigned : history.all(CaseOfficersAssigned.class)) {
            checkOfficers(history, assigned, assigned.payload().handlingCredentials(), findings);
        }
        for (HistoryEvent<HearingHeld> hearing : history.all(HearingHeld.class)) {
            String chair = hearing.payload().chairCredential();
            if (chair != null && handlingAt(history, hearing).contains(chair)) {
                findings.add(Finding.of(this, FindingGrade.DEFECT,
                        "听证由非本案调查人员主持: the hearing was chaired by handling officer " + chair, hearing));
            }
        }
        return findings;
    }

    private void checkOfficers(CaseHistory history, HistoryEvent<?> act, List<String> credentials, List<Finding> findings) {
        Set<String> distinct = new LinkedHashSet<>(credentials == null ? List.of() : credentials);
        if (distinct.size() < 2) {
            findings.add(Finding.of(this, FindingGrade.DEFECT,
                    "执法人员不得少于两人: " + distinct.size() + " officer(s) at " + act.typeName() + " on " + act.day(), act));
        }
        for (String number : distinct) {
            Optional<RegisteredCredential> credential = history.credential(number);
            if (credential.isEmpty()) {
                findings.add(Finding.of(this, FindingGrade.IRREGULARITY,
                        "credential " + number + " at " + act.typeName() + " is not in the register", act));
            } else if (!credential.get().validOn(act.day())) {
                findings.add(Finding.of(this, FindingGrade.DEFECT, "credential " + number + " was not valid on " + act.day()
                        + " (valid " + credential.get().validFrom() + " to " + credential.get().validTo() + ")", act));
            }
        }
    }

    /** The handling officers as they stood at a moment: the latest assignment before it, or the filing's. */
    private static Set<String> handlingAt(CaseHistory history, HistoryEvent<?> moment) {
        List<HistoryEvent<CaseOfficersAssigned>> assignments = history.before(CaseOfficersAssigned.class, moment);
        if (!assignments.isEmpty()) {
            return Set.copyOf(assignments.get(assignments.size() - 1).payload().handlingCredentials());
        }
        return history.first(CaseFiled.class).map(filed -> Set.copyOf(filed.payload().handlingCredentials())).orElse(Set.of());
    }
}
