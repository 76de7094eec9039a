package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.RuleDataChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Keeps and shows the versions of the province's rule data, each with who set it and when. */
@ApplicationScoped
public class RuleDataHistory {

    public record Version(int version, String changedBy, Instant changedAt, JsonNode content) {
    }

    private final ObjectMapper json;
    private final Clock clock;

    RuleDataHistory(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records the data as the caller set it, in the caller's transaction. */
    public void record(String dataKey, String changedBy, Object content) {
        try {
            RuleDataChange.record(dataKey, changedBy, clock.instant(), json.writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Version> of(String dataKey) {
        return RuleDataChange.of(dataKey).stream().map(this::version).toList();
    }

    private Version version(RuleDataChange change) {
        try {
            return new Version(change.version, change.changedBy, change.changedAt, json.readTree(change.content));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
