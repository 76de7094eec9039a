package cn.enforcement.review.api;

import cn.enforcement.review.domain.complaint.ComplaintDesk;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A file the complainant will upload with the complaint: its name, type, size and SHA-256 (lower-case hex). */
public record ComplaintAttachmentInput(
        @NotBlank @Size(max = 200) String fileName,
        @NotBlank @Size(max = 100) String contentType,
        @Positive long sizeBytes,
        @Pattern(regexp = "[0-9a-f]{64}") @NotBlank String sha256) {

    ComplaintDesk.Attachment toDeclared() {
        return new ComplaintDesk.Attachment(fileName.strip(), contentType, sizeBytes, sha256);
    }
}
