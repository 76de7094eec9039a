package cn.enforcement.evidence.domain.intake;

import cn.enforcement.evidence.domain.EvidenceProblem;

/**
 * How a declared file is cut into the parts of a presigned upload: every part but the last of one size, the last the
 * rest. Each part's URL is signed for its exact length, so the store refuses any other body as it arrives. S3 takes
 * no part below 5 MiB but the last; without a part size the file is cut into equal parts.
 */
public record PartPlan(long size, int parts, long partSize) {

    public static final long MIN_PART_SIZE = 5L << 20;

    public static PartPlan of(long size, int parts, Long partSize) {
        long each = partSize != null ? partSize : (size + parts - 1) / parts;
        if (parts > 1 && each < MIN_PART_SIZE) {
            throw EvidenceProblem.UPLOAD_PARTS_INVALID.refuse("every part but the last holds at least " + MIN_PART_SIZE
                    + " bytes (5 MiB); send fewer parts or a larger partSize");
        }
        if ((long) (parts - 1) * each >= size || (long) parts * each < size) {
            throw EvidenceProblem.UPLOAD_PARTS_INVALID.refuse(parts + " parts of " + each + " bytes do not make " + size
                    + " bytes with a last part that is not empty");
        }
        return new PartPlan(size, parts, each);
    }

    /** The exact length of part {@code number} (1 to parts). */
    public long sizeOf(int number) {
        return number < parts ? partSize : size - (long) (parts - 1) * partSize;
    }
}
