package cn.enforcement.disclosure.domain;

import cn.enforcement.disclosure.domain.redaction.PersonalDataKind;
import java.time.Instant;

/** A flagged span the disclosure admin read and declared not personal (e.g. a village that names a road section), and why. */
public record NotPersonal(String text, PersonalDataKind kind, String reason, String by, Instant at) {
}
