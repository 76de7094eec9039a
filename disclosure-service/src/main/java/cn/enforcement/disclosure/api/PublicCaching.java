package cn.enforcement.disclosure.api;

import cn.enforcement.platform.hashing.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Public answers are cacheable by browsers and proxies for a few minutes, with an ETag of their content,
 * so that a client asking again with If-None-Match gets 304 and no body.
 */
@ApplicationScoped
public class PublicCaching {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final ObjectMapper json;

    PublicCaching(ObjectMapper json) {
        this.json = json;
    }

    public <T> RestResponse<T> answer(Request request, T body) {
        try {
            return answer(request, body, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public answer cannot be written as JSON", e);
        }
    }

    public RestResponse<String> page(Request request, String html) {
        return answer(request, html, html.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> RestResponse<T> answer(Request request, T body, byte[] content) {
        EntityTag tag = new EntityTag(Sha256.hex(content).substring(0, 32));
        if (request.evaluatePreconditions(tag) != null) {
            return RestResponse.ResponseBuilder.<T>notModified(tag).header("Cache-Control", CACHE_CONTROL).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).header("Cache-Control", CACHE_CONTROL).build();
    }
}
