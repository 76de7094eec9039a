package cn.enforcement.evidence.domain.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Mirrors retention dates and legal holds onto the store's own object lock, once the record that
 * decided them has committed; where the store has no object lock this does nothing and the
 * application's rules alone keep the object.
 */
@ApplicationScoped
public class ObjectLockKeeper {

    private static final Logger LOG = Logger.getLogger(ObjectLockKeeper.class);

    /** The object is to be kept unchanged until the end of the date. */
    public record Retain(String objectKey, LocalDate until) {
    }

    /** A legal hold was placed on the object, or lifted. */
    public record Hold(String objectKey, boolean held) {
    }

    private final EvidenceStore store;

    ObjectLockKeeper(EvidenceStore store) {
        this.store = store;
    }

    void retain(@Observes(during = TransactionPhase.AFTER_SUCCESS) Retain retain) {
        try {
            store.retainUntil(retain.objectKey(), retain.until());
        } catch (Exception e) {
            LOG.errorf(e, "the store did not take the retention of %s until %s", retain.objectKey(), retain.until());
        }
    }

    void hold(@Observes(during = TransactionPhase.AFTER_SUCCESS) Hold hold) {
        try {
            store.holdLegally(hold.objectKey(), hold.held());
        } catch (Exception e) {
            LOG.errorf(e, "the store did not take the legal hold (%s) of %s", hold.held(), hold.objectKey());
        }
    }
}
