package cn.enforcement.review.domain;

import cn.enforcement.platform.events.cases.ReviewFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What changed in a review file since the previous round: what the reviewer looks at first. */
public final class ReviewChanges {

    private ReviewChanges() {
    }

    public static List<String> between(ReviewFile previous, ReviewFile current) {
        if (previous == null) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        Set<String> known = previous.evidence().stream().map(ReviewFile.Evidence::evidenceId).collect(Collectors.toSet());
        current.evidence().stream().filter(e -> !known.contains(e.evidenceId()))
                .forEach(e -> changes.add("evidence added: " + e.kind() + " (" + e.stage() + ") sha256 " + e.sha256()));
        if (!Objects.equals(previous.proposedPenalty(), current.proposedPenalty())) {
            changes.add("proposed penalty: " + describe(previous.proposedPenalty()) + " → " + describe(current.proposedPenalty()));
        }
        if (!Objects.equals(previous.facts(), current.facts())) {
            changes.add("facts restated");
        }
        if (!Objects.equals(previous.discretion(), current.discretion())) {
            changes.add("discretion: " + previous.discretion().tier() + " → " + current.discretion().tier());
        }
        if (!Objects.equals(previous.hearing(), current.hearing())) {
            changes.add(current.hearing() == null || current.hearing().settledAt() == null ? "hearing requested" : "hearing held");
        }
        int newActs = current.timeline().size() - previous.timeline().size();
        if (newActs > 0) {
            current.timeline().subList(previous.timeline().size(), current.timeline().size())
                    .forEach(t -> changes.add("act: " + t.act() + " at " + t.at()));
        }
        return changes;
    }

    private static String describe(ReviewFile.ProposedPenalty penalty) {
        return penalty.kind() + (penalty.amount() == null ? "" : " " + penalty.amount().toPlainString());
    }
}
