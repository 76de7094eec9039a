package cn.enforcement.evidence.store;

import io.smallrye.config.ConfigMapping;

/** Where evidence objects live. */
@ConfigMapping(prefix = "evidence.store")
public interface StoreConfig {

    String endpoint();

    String accessKey();

    String secretKey();

    String bucket();

    String region();
}
