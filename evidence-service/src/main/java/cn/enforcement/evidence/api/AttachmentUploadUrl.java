package cn.enforcement.evidence.api;

import java.time.Instant;

/**
 * Where to send a complaint's file: PUT exactly the declared bytes to {@code url} (with {@code Content-Type}) before
 * {@code expiresAt}, then POST the completion. Asking again gives a fresh URL for the same upload.
 */
public record AttachmentUploadUrl(String attachmentId, String method, String url, String contentType, long sizeBytes, Instant expiresAt) {
}
