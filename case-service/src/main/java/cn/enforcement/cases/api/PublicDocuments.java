package cn.enforcement.cases.api;

import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.documents.DocumentKind;
import cn.enforcement.cases.domain.documents.DocumentRules;
import cn.enforcement.cases.domain.documents.IssuedDocument;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * What the public may know of an issued document, to check a paper or electronic copy: the issuing agency, the kind,
 * the number, the date and the PDF's SHA-256, and whether a correction replaced it. No party, no content.
 */
@ApplicationScoped
public class PublicDocuments {

    /** A document as its verification page shows it. */
    public record PublicDocumentView(String number, DocumentKind kind, String title, String agencyCode, String agencyName, LocalDate issuedOn,
            String sha256, long sizeBytes, String corrects, String correctedBy) {
    }

    private final DocumentRules rules;

    PublicDocuments(DocumentRules rules) {
        this.rules = rules;
    }

    public PublicDocumentView byId(String documentId) {
        return view(documentId.length() > 36 ? null : IssuedDocument.findById(documentId), documentId);
    }

    /** The id of the document with this number (文号), for the page a number typed on the public site leads to. */
    public String idOf(String number) {
        IssuedDocument document = number == null || number.length() > 60 ? null : IssuedDocument.find("number", number.strip()).firstResult();
        if (document == null) {
            throw CaseProblem.DOCUMENT_NOT_FOUND.refuse("no document " + number);
        }
        return document.documentId;
    }

    public PublicDocumentView byNumber(String number) {
        return view(number == null || number.length() > 60 ? null : IssuedDocument.find("number", number).firstResult(), number);
    }

    private PublicDocumentView view(IssuedDocument document, String asked) {
        if (document == null) {
            throw CaseProblem.DOCUMENT_NOT_FOUND.refuse("no document " + asked);
        }
        String corrects = document.corrects == null ? null : IssuedDocument.<IssuedDocument>findById(document.corrects).number;
        String correctedBy = IssuedDocument.<IssuedDocument>find("corrects", document.documentId).firstResultOptional().map(d -> d.number)
                .orElse(null);
        return new PublicDocumentView(document.number, document.kind, document.kind.title(), document.agencyCode,
                rules.agency(document.agencyCode).name(), BeijingTime.dayOf(document.issuedAt), document.sha256, document.sizeBytes, corrects,
                correctedBy);
    }
}
