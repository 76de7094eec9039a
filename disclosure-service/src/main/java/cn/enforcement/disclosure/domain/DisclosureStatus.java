package cn.enforcement.disclosure.domain;

/** Where the disclosure of one decision stands. */
public enum DisclosureStatus {
    /** Drafted from the decision with personal data redacted; not public yet. */
    DRAFT,
    /** On the public pages. */
    PUBLISHED,
    /** The decision was revoked while published: the record is to be withdrawn (PL 48). */
    WITHDRAWAL_DUE,
    /** Taken off the public listing with the reason; its page says so. */
    WITHDRAWN
}
