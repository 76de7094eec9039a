package cn.enforcement.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpstreamTest {

    private final Upstream upstream = Upstream.of("http://10.0.0.7:8081, http://10.0.0.8:8081,http://10.0.0.9:8081");

    private String next() {
        return upstream.pick().uri().getHost();
    }

    @Test
    void instancesAreTakenInTurn() {
        assertThat(IntStream.range(0, 6).mapToObj(i -> next()).toList())
                .containsExactly("10.0.0.7", "10.0.0.8", "10.0.0.9", "10.0.0.7", "10.0.0.8", "10.0.0.9");
    }

    @Test
    void anInstanceNotReadyIsPassedOverUntilItIsReadyAgain() {
        Upstream.Instance second = upstream.instances().get(1);
        assertThat(second.markReady(false)).isTrue();
        assertThat(second.markReady(false)).as("no change").isFalse();
        assertThat(IntStream.range(0, 6).mapToObj(i -> next()).toList()).doesNotContain("10.0.0.8");
        second.markReady(true);
        assertThat(IntStream.range(0, 6).mapToObj(i -> next()).toList()).contains("10.0.0.8");
    }

    @Test
    void withNoInstanceReadyTheyAreTriedAllTheSame() {
        upstream.instances().forEach(instance -> instance.markReady(false));
        assertThat(IntStream.range(0, 3).mapToObj(i -> next()).toList()).containsExactlyInAnyOrder("10.0.0.7", "10.0.0.8", "10.0.0.9");
    }

    @Test
    void aRetryGoesToAnotherInstanceThanTheOneThatRefused() {
        Upstream.Instance refused = upstream.instances().get(0);
        IntStream.range(0, 6).forEach(i -> assertThat(upstream.pickOtherThan(refused)).isNotSameAs(refused));
        Upstream single = Upstream.of("http://10.0.0.7:8081");
        assertThat(single.hasAlternatives()).isFalse();
        assertThat(single.pickOtherThan(single.instances().get(0))).as("the only one there is").isSameAs(single.instances().get(0));
    }

    @Test
    void anEmptyListIsAConfigurationError() {
        assertThatThrownBy(() -> Upstream.of(" , ")).isInstanceOf(IllegalArgumentException.class);
    }
}
