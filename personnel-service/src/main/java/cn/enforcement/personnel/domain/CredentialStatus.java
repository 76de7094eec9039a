package cn.enforcement.personnel.domain;

/** Where a credential stands in its life. */
public enum CredentialStatus {
    ACTIVE
}
