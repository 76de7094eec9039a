package cn.enforcement.evidence.custody;

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

    @Transactional(Transactional.TxType.REQUIRED)
    public CustodyLink append(String evidenceId, Action action, String actor, String origin, String details) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, evidenceId).getSingleResult();
        CustodyLink last = CustodyLink.<CustodyLink>find("evidenceId = ?1 order by sequence desc", evidenceId).firstResult();
        CustodyLink link = new CustodyLink();
        link.evidenceId = evidenceId;
        link.sequence = last == null ? 1 : last.sequence + 1;
        link.action = action.name();
        link.actor = actor;
        link.at = Instant.ofEpochMilli(clock.millis());
        link.origin = origin;
        link.details = details;
        link.previousHash = last == null ? CustodyChain.GENESIS : last.hash;
        link.hash = CustodyChain.hashOf(evidenceId, link.sequence, link.action, actor, link.at, origin, details, link.previousHash);
        link.persist();
        return link;
    }
}
