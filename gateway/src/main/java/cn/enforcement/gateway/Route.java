package cn.enforcement.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One entry of the route table, with its patterns compiled. */
public record Route(String name, URI upstream, List<Pattern> patterns, int specificity, Set<String> roles,
        boolean isPublic, long maxBodyBytes, Duration timeout) {

    static Route of(String name, GatewayConfig.RouteConfig config) {
        List<Pattern> patterns = config.paths().stream().map(Route::compile).toList();
        int specificity = config.paths().stream().mapToInt(Route::literalLength).max().orElse(0);
        return new Route(name, URI.create(config.upstream()), patterns, specificity,
                Set.copyOf(config.roles().orElse(List.of())), config.isPublic(),
                config.maxBodySize().asLongValue(), config.timeout());
    }

    static Route forTest(String name, String upstream, List<String> paths, Set<String> roles, boolean isPublic) {
        return new Route(name, URI.create(upstream), paths.stream().map(Route::compile).toList(),
                paths.stream().mapToInt(Route::literalLength).max().orElse(0), roles, isPublic,
                new MemorySize(java.math.BigInteger.valueOf(1 << 20)).asLongValue(), Duration.ofSeconds(30));
    }

    boolean matches(String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** Public routes let anyone in; others need one of the roles, or any role when none is named. */
    boolean admits(Set<String> callerRoles) {
        return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }

    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        String body = pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) : pattern;
        for (String segment : body.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/').append(segment.equals("*") ? "[^/]+" : Pattern.quote(segment));
        }
        if (pattern.endsWith("/**")) {
            regex.append("(/.*)?");
        }
        return Pattern.compile(regex.toString());
    }

    private static int literalLength(String pattern) {
        return pattern.replace("/**", "").replace("*", "").length();
    }
}
