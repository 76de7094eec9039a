package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.documents.DocumentKind;
import cn.enforcement.cases.domain.documents.IssuedDocument;
import java.time.Instant;

/**
 * An issued document: its number (文号), kind, the PDF's SHA-256 and size, who issued it when, the document it
 * corrects if any, the template and the agency's wording version it printed, where to download the PDF and the public page that verifies a copy.
 */
public record DocumentView(String documentId, String number, DocumentKind kind, String title, String caseId, String sha256, long sizeBytes,
        int templateVersion, int wordingVersion, Instant issuedAt, String issuedBy, String corrects, String pdf, String verificationUrl) {

    static DocumentView of(IssuedDocument d, String verificationUrl) {
        return new DocumentView(d.documentId, d.number, d.kind, d.kind.title(), d.caseId, d.sha256, d.sizeBytes, d.templateVersion, d.wordingVersion,
                d.issuedAt, d.issuedBy, d.corrects, "/api/v1/documents/" + d.documentId + "/pdf", verificationUrl);
    }
}
