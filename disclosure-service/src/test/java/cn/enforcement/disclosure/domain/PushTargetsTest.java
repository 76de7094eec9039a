package cn.enforcement.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PushTargetsTest {

    private final PushTargets targets = new PushTargets(List.of("https://jdpt.jl.gov.cn:443", " http://127.0.0.1:* "));

    @Test
    void anAllowedOriginWithAnyPath() {
        assertThat(targets.allows("https://jdpt.jl.gov.cn/api/enforcement/feed")).isTrue();
        assertThat(targets.allows("https://JDPT.jl.gov.cn:443/feed")).isTrue();
        assertThat(targets.allows("http://127.0.0.1:41234/hook")).isTrue();
    }

    @Test
    void anotherPortSchemeOrHostIsRefused() {
        assertThat(targets.allows("https://jdpt.jl.gov.cn:8443/feed")).isFalse();
        assertThat(targets.allows("http://jdpt.jl.gov.cn/feed")).isFalse();
        assertThat(targets.allows("https://jdpt.jl.gov.cn.evil.example/feed")).isFalse();
        assertThat(targets.allows("http://127.0.0.2:41234/hook")).isFalse();
    }

    @Test
    void credentialsInTheAddressOtherSchemesAndNonsenseAreRefused() {
        assertThat(targets.allows("https://user:pw@jdpt.jl.gov.cn/feed")).isFalse();
        assertThat(targets.allows("file:///etc/passwd")).isFalse();
        assertThat(targets.allows("not a url")).isFalse();
    }

    @Test
    void nothingIsAllowedUnlessListed() {
        assertThat(new PushTargets(List.of()).allows("http://127.0.0.1:8080/")).isFalse();
    }
}
