package cn.enforcement.review.domain;


/** PL 57 ¶2: a collective discussion of the heads counts only with at least the configured number present. */
public final class DiscussionQuorum {

    private final int quorum;

    public DiscussionQuorum(int quorum) {
        this.quorum = quorum;
    }

    public void require(int participants) {
        if (participants < quorum) {
            throw ReviewProblem.QUORUM_NOT_MET.refuse(
                    participants + " heads took part; at least " + quorum + " must", "PL 57 ¶2");
        }
    }
}
