package cn.enforcement.review.domain;

import cn.enforcement.platform.problem.ProblemException;

/** PL 57 ¶2: a collective discussion of the heads counts only with at least the configured number present. */
public final class DiscussionQuorum {

    private final int quorum;

    public DiscussionQuorum(int quorum) {
        this.quorum = quorum;
    }

    public void require(int participants) {
        if (participants < quorum) {
            throw ProblemException.ruleViolation(422, "QUORUM_NOT_MET", "Collective discussion without a quorum",
                    participants + " heads took part; at least " + quorum + " must", "PL 57 ¶2");
        }
    }
}
