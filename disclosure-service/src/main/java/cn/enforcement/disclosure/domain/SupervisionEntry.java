package cn.enforcement.disclosure.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the supervision feed (schema {@value #SCHEMA}): an event of the platform as its producer published it. */
@Schema(description = "An event of the platform as a supervision platform receives it: what happened (kind), to what "
        + "(subject, caseId), where (agency, region), when, and the event's body as the AsyncAPI document describes it.")
public record SupervisionEntry(
        @Schema(description = "The entry's id, the event's id: the same entry read twice has the same id") String id,
        @Schema(description = "The version of this entry's shape") String schema,
        @Schema(description = "The event's name, e.g. CaseFiled, LegalReviewCompleted, DisclosurePublished, CredentialSuspended")
        String kind,
        @Schema(description = "The service that published it, as the CloudEvents source of the event") String source,
        @Schema(description = "What the event happened to: a case, review, disclosure record or credential") String subject,
        @Schema(description = "The case the event concerns, where it concerns one; what a service published about a case comes in the order it published it")
        String caseId,
        String agencyCode,
        String regionCode,
        Instant occurredAt,
        @Schema(description = "When the feed recorded it") Instant recordedAt,
        @Schema(description = "The event's body (enforcement.<service>.<kind>.v1 in docs/asyncapi.yaml)") JsonNode data) {

    public static final String SCHEMA = "supervision-entry.v1";

    public static SupervisionEntry of(SupervisionFeedEntry entry, ObjectMapper json) {
        try {
            return new SupervisionEntry(entry.entryId, SCHEMA, entry.kind, entry.source, entry.subject, entry.caseId, entry.agencyCode,
                    entry.regionCode, entry.occurredAt, entry.recordedAt, json.readTree(entry.data));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the feed keeps only JSON it wrote itself", e);
        }
    }
}
