package cn.enforcement.platform.problem;

import cn.enforcement.problem.PlatformProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body an operation reads as a record is JSON: one sent as another media type (text/plain, a form) is refused 415
 * before it is read, instead of being read as JSON all the same. Operations that take raw text or bytes are left alone.
 */
public class JsonBodies {

    private final Map<Method, Boolean> readsRecord = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.hasEntity() || !readsRecord.computeIfAbsent(method, JsonBodies::readsRecord)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            throw PlatformProblem.UNSUPPORTED_MEDIA_TYPE.refuse("the body must be sent as application/json, not "
                    + (type == null ? "without a Content-Type" : type.getType() + "/" + type.getSubtype()));
        }
    }

    /** The method has a body parameter (one bound to nothing of the request) of a type other than text or bytes. */
    private static boolean readsRecord(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean bound = Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType).map(Class::getPackageName)
                    .anyMatch(name -> name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive"));
            Class<?> type = parameter.getType();
            if (!bound && type != String.class && type != byte[].class && !type.getName().startsWith("java.io")
                    && !type.getName().startsWith("io.vertx") && !type.getName().startsWith("jakarta.ws.rs")) {
                return true;
            }
        }
        return false;
    }
}
