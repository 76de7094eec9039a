package cn.enforcement.evidence.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * What a piece of evidence records, as the recording officer declares it: the kind of evidence
 * (PL 46), the case stage, when, by whom (credential number), on which device, where, and what.
 */
@Embeddable
public record Recording(
        @Enumerated(EnumType.STRING) @Column(nullable = false) EvidenceKind kind,
        /** The case stage recorded, e.g. ON_SITE_INSPECTION, COERCIVE_MEASURE, SERVICE_OF_DECISION, HEARING. */
        @Column(nullable = false) String stage,
        @Column(name = "recorded_at", nullable = false) Instant recordedAt,
        @Column(name = "recorded_by", nullable = false) String recordedBy,
        @Column(name = "device_id") String deviceId,
        String location,
        String description) {

    /** The lengths the columns keep; requests are refused beyond them before anything is stored. */
    public static final int STAGE_LENGTH = 40;
    public static final int DEVICE_LENGTH = 100;
    public static final int LOCATION_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 2000;
}
