package cn.enforcement.cases.domain.procedure;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Instant;

/** The act this transaction records, once begun: when it was performed. Acts not begun explicitly are performed now. */
@TransactionScoped
class ActInProgress implements Serializable {

    private Instant performedAt;

    Instant performedAt() {
        return performedAt;
    }

    void performedAt(Instant performedAt) {
        this.performedAt = performedAt;
    }
}
