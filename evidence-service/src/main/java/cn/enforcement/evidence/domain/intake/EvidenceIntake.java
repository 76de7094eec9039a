package cn.enforcement.evidence.domain.intake;

import cn.enforcement.evidence.domain.EvidenceProblem;
import cn.enforcement.evidence.domain.custody.CustodyLog;
import cn.enforcement.evidence.domain.store.EvidenceStore;
import cn.enforcement.evidence.domain.store.ObjectLockKeeper;
import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.platform.events.evidence.EvidenceRecorded;
import cn.enforcement.platform.outbox.Outbox;
import cn.enforcement.problem.ProblemException;
import cn.enforcement.platform.time.BeijingTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Period;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes evidence into custody: the body is streamed to object storage while its SHA-256 is computed
 * and its content type sniffed from its first bytes; nothing is held whole in memory or on disk.
 * Only then, in one short transaction, the record, the first custody link and EvidenceRecorded are
 * written together; if that fails, the stored object is removed again.
 */
@ApplicationScoped
public class EvidenceIntake {

    private static final Logger LOG = Logger.getLogger(EvidenceIntake.class);

    private final EvidenceStore store;
    private final IntakeRules rules;
    private final Retention retention;
    private final CustodyLog custody;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<ObjectLockKeeper.Retain> storeRetention;

    EvidenceIntake(EvidenceStore store, IntakeRules rules, Retention retention, CustodyLog custody, Outbox outbox, Clock clock,
            Event<ObjectLockKeeper.Retain> storeRetention) {
        this.store = store;
        this.rules = rules;
        this.retention = retention;
        this.custody = custody;
        this.outbox = outbox;
        this.clock = clock;
        this.storeRetention = storeRetention;
    }

    /** How long evidence is kept after intake, per kind ({@code evidence.retention.*}). */
    @ConfigMapping(prefix = "evidence.retention")
    public interface Retention {

        @WithDefault("P30Y")
        Period standard();

        Map<EvidenceKind, Period> byKind();

        default Period of(EvidenceKind kind) {
            return byKind().getOrDefault(kind, standard());
        }
    }

    public record Stored(String sha256, long size, String contentType) {
    }

    public static String objectKeyOf(String caseId, String evidenceId) {
        return "cases/" + caseId + "/" + evidenceId;
    }

    /** An object in the store, hashed, not yet registered. */
    public record Received(String evidenceId, String objectKey, Stored stored) {
    }

    /** Streams the body into a new object under a key of the server's making; registers nothing yet. */
    public Received receive(KnownCase knownCase, Recording recording, InputStream body, long declaredLength) throws Exception {
        requireAcceptsEvidence(knownCase);
        if (declaredLength > rules.maxBytes()) {
            throw CountingLimit.tooLarge(rules.maxBytes());
        }
        if (declaredLength == 0) {
            throw emptyRecording();
        }
        String evidenceId = UUID.randomUUID().toString();
        String key = objectKeyOf(knownCase.caseId, evidenceId);
        Stored stored = streamToStore(key, recording.kind(), body, declaredLength);
        if (declaredLength >= 0 && stored.size() != declaredLength) {
            store.remove(key);
            throw EvidenceProblem.BODY_INCOMPLETE.refuse("received " + stored.size() + " of " + declaredLength + " bytes");
        }
        if (stored.size() == 0) {
            store.remove(key);
            throw emptyRecording();
        }
        return new Received(evidenceId, key, stored);
    }

    private static ProblemException emptyRecording() {
        return EvidenceProblem.EVIDENCE_EMPTY.refuse("a recording of zero bytes is no evidence");
    }

    /** Streams the body into the object, sniffing its type and hashing it on the way. */
    Stored streamToStore(String key, EvidenceKind kind, InputStream body, long declaredLength) throws Exception {
        BufferedInputStream head = ContentSniffer.rewindable(body);
        String contentType = ContentSniffer.sniff(head);
        rules.requireAllowed(kind, contentType);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        CountingLimit counted = new CountingLimit(head, rules.maxBytes());
        try (DigestInputStream hashed = new DigestInputStream(counted, sha256)) {
            store.put(key, hashed, declaredLength, contentType);
        } catch (IOException e) {
            removeQuietly(key);
            if (declaredLength >= 0 && counted.count() < declaredLength) {
                throw EvidenceProblem.BODY_INCOMPLETE.refuse("the upload broke off after " + counted.count() + " of "
                        + declaredLength + " bytes; nothing was kept");
            }
            throw e;
        } catch (Exception e) {
            removeQuietly(key);
            throw e;
        }
        return new Stored(HexFormat.of().formatHex(sha256.digest()), counted.count(), contentType);
    }

    /** Hashes an object already in the store, as it is now. */
    public Stored hashOfStored(String key) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (BufferedInputStream in = ContentSniffer.rewindable(store.read(key))) {
            String contentType = ContentSniffer.sniff(in);
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                size += read;
            }
            return new Stored(HexFormat.of().formatHex(sha256.digest()), size, contentType);
        }
    }

    /**
     * Registers a received object: the record, the first custody link and EvidenceRecorded in one
     * transaction (the caller's, if it has one). If that fails, the object is removed again.
     */
    public Evidence register(KnownCase knownCase, Received received, Recording recording, String actor, String origin) {
        return keep(knownCase, received, recording, actor, origin, true);
    }

    /**
     * Keeps a document the platform itself issued (DocumentIssued) among the case's evidence, with its custody and
     * retention, without announcing it as evidence gathered: a document records a step, it proves nothing the law asks
     * evidence for before a notice or a decision.
     */
    public Evidence keepIssuedDocument(KnownCase knownCase, Received received, Recording recording, String origin) {
        return keep(knownCase, received, recording, ISSUING_SERVICE, origin, false);
    }

    /** Who took in a document the platform issued. */
    static final String ISSUING_SERVICE = "case-service";

    private Evidence keep(KnownCase knownCase, Received received, Recording recording, String actor, String origin, boolean announce) {
        String evidenceId = received.evidenceId();
        String key = received.objectKey();
        Stored stored = received.stored();
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Evidence evidence = new Evidence();
                evidence.evidenceId = evidenceId;
                evidence.caseId = knownCase.caseId;
                evidence.agencyCode = knownCase.agencyCode;
                evidence.regionCode = knownCase.regionCode;
                evidence.recording = recording;
                evidence.objectKey = key;
                evidence.sha256 = stored.sha256();
                evidence.sizeBytes = stored.size();
                evidence.contentType = stored.contentType();
                evidence.receivedAt = clock.instant();
                evidence.receivedBy = actor;
                evidence.retainUntil = BeijingTime.today(clock).plus(retention.of(recording.kind()));
                evidence.persist();
                storeRetention.fire(new ObjectLockKeeper.Retain(key, evidence.retainUntil));
                custody.open(evidenceId, actor, origin,
                        "sha256 " + stored.sha256() + ", " + stored.size() + " bytes, " + stored.contentType());
                if (announce) {
                    outbox.publish(new EvidenceRecorded(evidenceId, knownCase.caseId, knownCase.agencyCode, knownCase.regionCode,
                            recording.kind().name(), recording.stage(), stored.sha256(), stored.size(), recording.recordedAt()));
                }
                return evidence;
            });
        } catch (RuntimeException e) {
            discard(received);
            throw e;
        }
    }

    /** Removes a received object that is not to be registered. */
    public void discard(Received received) {
        removeQuietly(received.objectKey());
    }

    static void requireAcceptsEvidence(KnownCase knownCase) {
        if (knownCase.isArchived()) {
            throw EvidenceProblem.CASE_ARCHIVED.refuse("an archived case file takes no new evidence");
        }
    }

    private void removeQuietly(String key) {
        try {
            store.remove(key);
        } catch (Exception e) {
            LOG.warnf("could not remove %s after a failed intake: %s", key, e.getMessage());
        }
    }
}
