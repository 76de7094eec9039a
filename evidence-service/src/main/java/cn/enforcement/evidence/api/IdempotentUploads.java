package cn.enforcement.evidence.api;

import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.intake.EvidenceIntake;
import cn.enforcement.evidence.domain.intake.Recording;
import cn.enforcement.platform.idempotency.IdempotencyRecords;
import cn.enforcement.platform.idempotency.IdempotencyRecords.StoredResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency-Key for the streamed upload. A retry whose first attempt was registered gets the first
 * answer before it sends the file again; two attempts racing each other both stream, and the second
 * to register discards its copy and answers as the first. The key's record and the registration
 * commit together.
 */
@ApplicationScoped
class IdempotentUploads {

    /** What an upload came to: newly registered evidence, or the answer to an earlier attempt. */
    sealed interface Outcome {
    }

    record Registered(Evidence evidence) implements Outcome {
    }

    record Replayed(StoredResponse earlier) implements Outcome {
    }

    private final IdempotencyRecords records;
    private final EvidenceIntake intake;
    private final ObjectMapper json;

    IdempotentUploads(IdempotencyRecords records, EvidenceIntake intake, ObjectMapper json) {
        this.records = records;
        this.intake = intake;
        this.json = json;
    }

    /** The answer to an earlier attempt with this key, checked before the body is read. */
    Optional<StoredResponse> earlier(String caller, String key, String caseId, Recording recording, long declaredLength)
            throws Exception {
        IdempotencyRecords.requireValid(key);
        String fingerprint = fingerprint(caseId, recording, declaredLength);
        Optional<StoredResponse> earlier = QuarkusTransaction.requiringNew().call(() -> records.find(caller, key));
        earlier.ifPresent(response -> IdempotencyRecords.requireSameRequest(response, fingerprint));
        return earlier;
    }

    /** Registers the received object, and with a key, records the answer in the same transaction. */
    Outcome register(KnownCase knownCase, EvidenceIntake.Received received, Recording recording, long declaredLength, String caller,
            String origin, String key) throws Exception {
        if (key == null) {
            return new Registered(intake.register(knownCase, received, recording, caller, origin));
        }
        String fingerprint = fingerprint(knownCase.caseId, recording, declaredLength);
        Outcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> {
                Optional<StoredResponse> earlier = records.claim(caller, key, fingerprint);
                if (earlier.isPresent()) {
                    IdempotencyRecords.requireSameRequest(earlier.get(), fingerprint);
                    return new Replayed(earlier.get());
                }
                Evidence evidence = intake.register(knownCase, received, recording, caller, origin);
                records.complete(caller, key, 201, body(evidence), UploadRoute.locationOf(evidence));
                return new Registered(evidence);
            });
        } catch (RuntimeException e) {
            intake.discard(received);
            throw e;
        }
        if (outcome instanceof Replayed) {
            intake.discard(received);
        }
        return outcome;
    }

    /** The same case, the same declared recording and the same length make the same request. */
    private String fingerprint(String caseId, Recording recording, long declaredLength) throws Exception {
        return sha256("evidence upload\n" + caseId + "\n" + json.writeValueAsString(recording) + "\n" + declaredLength);
    }

    private String body(Evidence evidence) throws JsonProcessingException {
        return json.writeValueAsString(EvidenceView.of(evidence));
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
