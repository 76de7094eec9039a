package cn.enforcement.evidence.domain.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Appends links to a chain of custody; concurrent appends to one chain wait for each other. */
@ApplicationScoped
public class CustodyLog {

    public enum Action { INTAKE, VIEW, DOWNLOAD, SHARE, VERIFY, HOLD, RELEASE, PACKAGE, DELETE }

    private final EntityManager entityManager;
    private final Clock clock;

    CustodyLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The first link, written with the evidence record itself: nobody else can know the evidence
     * yet, so there is nothing to wait for or look up (the primary key still refuses a second
     * first link).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyLink open(String evidenceId, String actor, String origin, String details) {
        return persist(evidenceId, 1, CustodyChain.GENESIS, Action.INTAKE, actor, origin, details);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public CustodyLink append(String evidenceId, Action action, String actor, String origin, String details) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, evidenceId).getSingleResult();
        CustodyLink last = CustodyLink.<CustodyLink>find("evidenceId = ?1 order by sequence desc", evidenceId).firstResult();
        return last == null
                ? persist(evidenceId, 1, CustodyChain.GENESIS, action, actor, origin, details)
                : persist(evidenceId, last.sequence + 1, last.hash, action, actor, origin, details);
    }

    private CustodyLink persist(String evidenceId, long sequence, String previousHash, Action action, String actor, String origin,
            String details) {
        CustodyLink link = new CustodyLink();
        link.evidenceId = evidenceId;
        link.sequence = sequence;
        link.action = action.name();
        link.actor = actor;
        link.at = Instant.ofEpochMilli(clock.millis());
        link.origin = origin;
        link.details = details;
        link.previousHash = previousHash;
        link.hash = CustodyChain.hashOf(evidenceId, sequence, link.action, actor, link.at, origin, details, previousHash);
        link.persist();
        return link;
    }
}
