package cn.enforcement.gateway.domain;

import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One entry of the route table, with its patterns compiled. */
public record Route(String name, Upstream upstream, List<Pattern> patterns, List<Integer> specificities, Set<String> roles,
        boolean isPublic, long maxBodyBytes, Duration timeout) {

    static Route of(String name, GatewayConfig.RouteConfig config, Upstream upstream) {
        List<Pattern> patterns = config.paths().stream().map(Route::compile).toList();
        List<Integer> specificities = config.paths().stream().map(Route::literalLength).toList();
        return new Route(name, upstream, patterns, specificities,
                Set.copyOf(config.roles().orElse(List.of())), config.isPublic(),
                config.maxBodySize().asLongValue(), config.timeout());
    }

    static Route forTest(String name, String upstream, List<String> paths, Set<String> roles, boolean isPublic) {
        return new Route(name, Upstream.of(upstream), paths.stream().map(Route::compile).toList(),
                paths.stream().map(Route::literalLength).toList(), roles, isPublic,
                new MemorySize(java.math.BigInteger.valueOf(1 << 20)).asLongValue(), Duration.ofSeconds(30));
    }

    /** How specific the most specific of this route's patterns matching the path is; -1 when none matches. */
    int specificityFor(String path) {
        int best = -1;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(path).matches()) {
                best = Math.max(best, specificities.get(i));
            }
        }
        return best;
    }

    /** Public routes let anyone in; others need one of the roles, or any role when none is named. */
    public boolean admits(Set<String> callerRoles) {
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
