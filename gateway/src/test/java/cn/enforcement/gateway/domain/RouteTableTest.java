package cn.enforcement.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            Route.forTest("case", "http://127.0.0.1:8081", List.of("/api/v1/cases/**", "/api/v1/officer-credentials/**"),
                    Set.of("officer"), false),
            Route.forTest("evidence", "http://127.0.0.1:8082", List.of("/api/v1/cases/*/evidence/**"), Set.of("officer"), false),
            Route.forTest("payments", "http://127.0.0.1:8081", List.of("/api/v1/cases/*/payments/**"), Set.of("payment-platform"), false),
            Route.forTest("public", "http://127.0.0.1:8084", List.of("/public/v1/**"), Set.of(), true),
            Route.forTest("public-credentials", "http://127.0.0.1:8085", List.of("/public/v1/credentials/**"), Set.of(), true)));

    private Optional<String> routeOf(String path) {
        return table.routeOf(path).map(Route::name);
    }

    @Test
    void aPrefixPatternCoversTheBareResourceAndEverythingBelowIt() {
        assertThat(routeOf("/api/v1/cases")).contains("case");
        assertThat(routeOf("/api/v1/cases/c-1/decision")).contains("case");
        assertThat(routeOf("/api/v1/casesx")).isEmpty();
    }

    @Test
    void theMostSpecificPatternWins() {
        assertThat(routeOf("/api/v1/cases/c-1/evidence")).contains("evidence");
        assertThat(routeOf("/api/v1/cases/c-1/evidence/e-9/verification")).contains("evidence");
        assertThat(routeOf("/api/v1/cases/c-1/payments")).contains("payments");
        assertThat(routeOf("/public/v1/credentials/22010026000001")).contains("public-credentials");
        assertThat(routeOf("/public/v1/officers")).contains("public");
    }

    @Test
    void specificityIsThePatternsNotTheRoutes() {
        // the case route also has a long pattern; the payments pattern is still the more specific for payments
        assertThat(routeOf("/api/v1/cases/c-1/payments")).contains("payments");
        assertThat(routeOf("/api/v1/officer-credentials/22010026000001")).contains("case");
    }

    @Test
    void aSegmentWildcardMatchesExactlyOneSegment() {
        assertThat(routeOf("/api/v1/cases/a/b/evidence")).contains("case");
    }

    @Test
    void unknownPathsHaveNoRoute() {
        assertThat(routeOf("/api/v2/cases")).isEmpty();
        assertThat(routeOf("/")).isEmpty();
    }

    @Test
    void rolesAdmitOnlyTheirHolders() {
        Route payments = table.routeOf("/api/v1/cases/c-1/payments").orElseThrow();
        assertThat(payments.admits(Set.of("payment-platform"))).isTrue();
        assertThat(payments.admits(Set.of("officer", "supervisor"))).isFalse();
    }
}
