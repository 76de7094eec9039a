package cn.enforcement.evidence.domain.checklist;

import cn.enforcement.evidence.readmodel.KnownCase;
import cn.enforcement.evidence.domain.intake.Evidence;
import cn.enforcement.evidence.domain.intake.EvidenceKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The recording checklist (音像记录事项清单, seed 002): which case stages need an audio-video record.
 * A stage that has happened shows as satisfied or missing, and overdue once the allowed delay has passed.
 */
@ApplicationScoped
public class RecordingChecklist {

    /** Stages needing audio-video records, by the case milestone that starts them. */
    @ConfigMapping(prefix = "evidence.checklist")
    public interface Config {

        /** ON_SITE_INSPECTION (from filing), NOTICE, HEARING, SERVICE_OF_DECISION. */
        @WithDefault("ON_SITE_INSPECTION,HEARING,SERVICE_OF_DECISION")
        List<String> stages();

        @WithDefault("PT24H")
        Duration allowedDelay();

        /** How often missing records are looked for. */
        @WithDefault("10m")
        String checkEvery();
    }

    @Schema(name = "RecordingChecklistEntry")
    public record Entry(String stage, Instant stageAt, boolean satisfied, boolean overdue) {
    }

    private final Config config;
    private final Clock clock;

    RecordingChecklist(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public List<Entry> of(KnownCase knownCase) {
        Set<String> recorded = Evidence.ofCase(knownCase.caseId).stream().filter(e -> e.recording.kind() == EvidenceKind.AUDIO_VISUAL)
                .map(e -> e.recording.stage()).collect(Collectors.toSet());
        Instant now = clock.instant();
        List<Entry> entries = new ArrayList<>();
        for (String stage : config.stages()) {
            Instant at = milestone(knownCase, stage);
            boolean satisfied = recorded.contains(stage);
            entries.add(new Entry(stage, at, satisfied, !satisfied && at != null && now.isAfter(at.plus(config.allowedDelay()))));
        }
        return entries;
    }

    private static Instant milestone(KnownCase knownCase, String stage) {
        return switch (stage) {
            case "ON_SITE_INSPECTION" -> knownCase.filedAt;
            case "NOTICE" -> knownCase.noticeAt;
            case "HEARING" -> knownCase.hearingAt;
            case "SERVICE_OF_DECISION" -> knownCase.servedAt;
            default -> null;
        };
    }
}
