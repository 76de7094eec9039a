package cn.enforcement.cases.domain.documents;

import cn.enforcement.cases.domain.ActContext;
import cn.enforcement.cases.domain.TimelineAct;
import cn.enforcement.cases.domain.CaseProblem;
import cn.enforcement.cases.domain.CaseRules;
import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.cases.domain.CaseJournal;
import cn.enforcement.platform.events.cases.DocumentIssued;
import cn.enforcement.platform.hashing.Sha256;
import cn.enforcement.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a case's documents (执法文书) at their steps: the number is taken, the form rendered with it, the PDF stored
 * once, and the record, the timeline entry and DocumentIssued commit together with the number. The agency's own
 * wording of the form in force, if any, is printed, and its version recorded. A document is issued
 * once per kind; a change is a correction, a new document naming the one it corrects, which stays as it was.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DocumentDesk {

    private final DocumentNumbers numbers;
    private final DocumentRules rules;
    private final CaseRules caseRules;
    private final DocumentPrinter printer;
    private final DocumentArchive archive;
    private final CaseJournal journal;

    DocumentDesk(DocumentNumbers numbers, DocumentRules rules, CaseRules caseRules, DocumentPrinter printer, DocumentArchive archive,
            CaseJournal journal) {
        this.numbers = numbers;
        this.rules = rules;
        this.caseRules = caseRules;
        this.printer = printer;
        this.archive = archive;
        this.journal = journal;
    }

    public IssuedDocument issue(PenaltyCase penaltyCase, DocumentKind kind, String corrects, ActContext act) throws Exception {
        if (!DocumentContent.stepReached(penaltyCase, kind)) {
            throw CaseProblem.DOCUMENT_STEP_NOT_REACHED.refuse("the case has not reached the step of the " + kind.title());
        }
        IssuedDocument inForce = IssuedDocument.inForce(penaltyCase.caseId, kind)
                .filter(document -> !DocumentContent.earlierRound(penaltyCase, document)).orElse(null);
        if (corrects == null && inForce != null) {
            throw CaseProblem.DOCUMENT_ALREADY_ISSUED.refuse(kind.title() + " " + inForce.number + " is issued; a change is a correction of it");
        }
        if (corrects != null && (inForce == null || !inForce.documentId.equals(corrects))) {
            throw CaseProblem.DOCUMENT_CORRECTION_INVALID.refuse("document " + corrects + " is not the case's " + kind.title() + " in force");
        }
        DocumentRules.Agency agency = rules.agency(penaltyCase.agencyCode);
        Instant now = act.performedAt();
        String number = numbers.next(penaltyCase.agencyCode, agency.abbreviation(), kind, BeijingTime.dayOf(now).getYear());
        String documentId = UUID.randomUUID().toString();
        DocumentWording wording = DocumentWording.inForce(penaltyCase.agencyCode, kind).orElse(null);
        Map<String, Object> content = DocumentContent.of(penaltyCase, kind, agency, caseRules);
        content.put("wordingContact", wording == null ? null : wording.contact);
        content.put("wordingNote", wording == null ? null : wording.note);
        byte[] pdf = printer.print(kind, new DocumentPrinter.Frame(agency.name(), kind.title(), number, verificationUrl(documentId)),
                content);

        IssuedDocument document = new IssuedDocument();
        document.documentId = documentId;
        document.number = number;
        document.caseId = penaltyCase.caseId;
        document.agencyCode = penaltyCase.agencyCode;
        document.kind = kind;
        document.templateVersion = DocumentPrinter.TEMPLATE_VERSION;
        document.wordingVersion = wording == null ? 0 : wording.key.version;
        document.sha256 = Sha256.hex(pdf);
        document.sizeBytes = pdf.length;
        document.objectKey = "cases/" + penaltyCase.caseId + "/" + documentId + ".pdf";
        document.issuedAt = now;
        document.issuedBy = act.actor();
        document.corrects = corrects;
        archive.put(document.objectKey, pdf);
        document.persist();
        journal.record(penaltyCase, TimelineAct.DOCUMENT_ISSUED, act, kind.title() + " " + number + ", SHA-256 " + document.sha256
                + (inForce == null ? "" : "; corrects " + inForce.number));
        journal.publish(new DocumentIssued(penaltyCase.ref(), documentId, number, kind.name(), document.sha256, document.sizeBytes,
                archive.bucket(), document.objectKey, corrects, now));
        return document;
    }

    /** Where the document's QR code leads: its public verification page. */
    public String verificationUrl(String documentId) {
        return rules.publicBaseUrl() + "/public/documents/" + documentId;
    }
}
