package cn.enforcement.evidence.infrastructure;

import io.minio.messages.RetentionMode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where evidence objects live. */
@ConfigMapping(prefix = "evidence.store")
public interface StoreConfig {

    String endpoint();

    String accessKey();

    String secretKey();

    String bucket();

    String region();

    /**
     * How the store keeps an object until its retention date, where it supports object lock:
     * GOVERNANCE (an account with the bypass permission may still remove it) or COMPLIANCE (nobody can).
     */
    @WithDefault("GOVERNANCE")
    RetentionMode retentionMode();
}
