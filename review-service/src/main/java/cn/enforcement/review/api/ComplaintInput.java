package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.ComplaintDesk;
import cn.enforcement.review.domain.complaint.ComplaintKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint or report from the public: the region or agency concerned, what happened, and optionally the officer's
 * credential number, the place and day, how to reach the complainant (never shown publicly), and up to five files
 * to attach, each declared by its size and SHA-256 and uploaded afterwards to the evidence store.
 */
public record ComplaintInput(
        @NotNull ComplaintKind kind,
        @Pattern(regexp = "\\d{6}") String regionCode,
        @Pattern(regexp = "\\d{9}") String agencyCode,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String content,
        LocalDate occurredOn,
        @Size(max = 200) String place,
        @Pattern(regexp = "[0-9A-Za-z]{1,40}") String officerCredential,
        @Pattern(regexp = "[0-9A-Za-z_-]{1,40}") String violationItem,
        @Size(max = 50) String contactName,
        @Pattern(regexp = "[0-9+ -]{5,30}") String contactPhone,
        @Size(max = 5) List<@Valid @NotNull ComplaintAttachmentInput> attachments) {

    ComplaintDesk.NewComplaint toNew() {
        return new ComplaintDesk.NewComplaint(kind, regionCode, agencyCode, subject.strip(), content.strip(), occurredOn, place,
                officerCredential, violationItem, contactName, contactPhone,
                attachments == null ? List.of() : attachments.stream().map(ComplaintAttachmentInput::toDeclared).toList());
    }
}
