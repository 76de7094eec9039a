package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.documents.DocumentKind;
import cn.enforcement.cases.domain.documents.DocumentWording;
import java.time.Instant;

/** A version of an agency's own wording of a form. */
public record DocumentWordingView(String agencyCode, DocumentKind kind, int version, String contact, String note, String adoptedBy,
        Instant adoptedAt) {

    static DocumentWordingView of(DocumentWording w) {
        return new DocumentWordingView(w.key.agencyCode, w.key.kind, w.key.version, w.contact, w.note, w.adoptedBy, w.adoptedAt);
    }
}
