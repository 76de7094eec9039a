package cn.enforcement.disclosure.domain.redaction;

/** A span of a draft that still looks personal: [start, end) in the draft's text, as characters of Java strings. */
public record FlaggedSpan(PersonalDataKind kind, int start, int end, String text) {
}
