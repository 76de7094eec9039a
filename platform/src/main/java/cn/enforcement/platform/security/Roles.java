package cn.enforcement.platform.security;

import java.util.Set;

/** The realm roles of the Keycloak realm {@code enforcement}. */
public final class Roles {

    public static final String OFFICER = "officer";                   // 执法人员
    public static final String AGENCY_HEAD = "agency-head";           // 负责人
    public static final String LEGAL_REVIEWER = "legal-reviewer";     // 法制审核人员
    public static final String EVIDENCE_CUSTODIAN = "evidence-custodian";
    public static final String DISCLOSURE_ADMIN = "disclosure-admin";
    public static final String PERSONNEL_ADMIN = "personnel-admin";
    public static final String SUPERVISOR = "supervisor";             // 执法监督
    public static final String JUDICIAL_PARTNER = "judicial-partner"; // 行刑衔接
    public static final String PAYMENT_PLATFORM = "payment-platform";
    public static final String PLATFORM_OPERATOR = "platform-operator"; // 运维: dead letters, never cases

    /** The roles of an agency's own staff, who work on their agency's records. */
    public static final Set<String> AGENCY_STAFF = Set.of(OFFICER, AGENCY_HEAD, LEGAL_REVIEWER, EVIDENCE_CUSTODIAN, DISCLOSURE_ADMIN,
            PERSONNEL_ADMIN);

    private Roles() {
    }
}
