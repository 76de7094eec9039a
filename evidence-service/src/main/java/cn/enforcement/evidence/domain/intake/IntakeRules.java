package cn.enforcement.evidence.domain.intake;

import cn.enforcement.evidence.domain.EvidenceProblem;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/** What may be taken in: content types per kind and the size limit, as configuration ({@code evidence.intake.*}). */
@ConfigMapping(prefix = "evidence.intake")
public interface IntakeRules {

    /** Allowed sniffed content types per evidence kind. */
    Map<EvidenceKind, List<String>> allowedTypes();

    /** The largest object taken in, in bytes (default 5 GiB: an hour of body-camera video). */
    @WithDefault("5368709120")
    long maxBytes();

    default void requireAllowed(EvidenceKind kind, String sniffedType) {
        List<String> allowed = allowedTypes().getOrDefault(kind, List.of());
        if (!allowed.contains(sniffedType)) {
            throw EvidenceProblem.CONTENT_TYPE_NOT_ALLOWED.refuse(
                    "the file's content is " + sniffedType + ", which is not accepted as " + kind + " evidence; accepted: " + allowed);
        }
    }
}
