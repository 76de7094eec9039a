package cn.enforcement.personnel.domain;

import java.util.Set;

/** Where a credential stands in its life; REVOKED, CANCELLED and EXPIRED are final. */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,  // 暂扣
    REVOKED,    // 吊销
    CANCELLED,  // 注销
    EXPIRED;

    private static final Set<CredentialStatus> FINAL = Set.of(REVOKED, CANCELLED, EXPIRED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
