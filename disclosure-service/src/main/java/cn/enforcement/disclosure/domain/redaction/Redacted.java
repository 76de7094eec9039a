package cn.enforcement.disclosure.domain.redaction;

import java.util.Map;

/** A text as the public may read it, with how many spans of each kind were masked. */
public record Redacted(String text, Map<PersonalDataKind, Integer> masked) {
}
