package cn.enforcement.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathTest {

    @Test
    void dotSegmentsEncodedOrNotAreResolved() {
        assertThat(RequestPath.normalise("/public/v1/credentials/%2e%2e/%2E%2E/%2e%2e/api/v1/officers")).hasValue("/api/v1/officers");
        assertThat(RequestPath.normalise("/api/v1/cases/./x/../y")).hasValue("/api/v1/cases/y");
        assertThat(RequestPath.normalise("/../../etc")).hasValue("/etc");
    }

    @Test
    void unreservedEscapesAreDecodedAndOthersKeptInUpperCase() {
        assertThat(RequestPath.normalise("/api/v1/officers/%41b%7e")).hasValue("/api/v1/officers/Ab~");
        assertThat(RequestPath.normalise("/api/v1/officers/%e5%bc%a0")).hasValue("/api/v1/officers/%E5%BC%A0");
        assertThat(RequestPath.normalise("/api/v1/cases/abc")).hasValue("/api/v1/cases/abc");
    }

    @Test
    void encodedSlashBackslashNulAndControlCharactersAreRefused() {
        assertThat(RequestPath.normalise("/a/..%2fb")).isEmpty();
        assertThat(RequestPath.normalise("/a/%5Cb")).isEmpty();
        assertThat(RequestPath.normalise("/a/b%00")).isEmpty();
        assertThat(RequestPath.normalise("/a\\b")).isEmpty();
        assertThat(RequestPath.normalise("/a/%0d%0aX:1")).isEmpty();
        assertThat(RequestPath.normalise("/a/%zz")).isEmpty();
        assertThat(RequestPath.normalise("/a/%4")).isEmpty();
        assertThat(RequestPath.normalise("relative")).isEmpty();
    }
}
