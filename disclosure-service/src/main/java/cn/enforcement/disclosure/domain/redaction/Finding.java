package cn.enforcement.disclosure.domain.redaction;

/**
 * Something personal found in a folded text, [start, end) in folded positions. A certain finding is masked by the
 * redaction; an uncertain one is left in the draft and flagged, and the disclosure admin decides.
 */
record Finding(PersonalDataKind kind, int start, int end, boolean certain, String replacement) {

    static Finding certain(PersonalDataKind kind, int start, int end) {
        return new Finding(kind, start, end, true, Redaction.MASK);
    }

    static Finding uncertain(PersonalDataKind kind, int start, int end) {
        return new Finding(kind, start, end, false, null);
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
