package cn.enforcement.evidence.domain.custody;

import cn.enforcement.platform.hashing.Sha256;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The chain of custody of one piece of evidence: every intake, view, download, share,
 * verification, hold and release is a link carrying the hash of the link before it, so removing,
 * reordering or altering any link breaks every hash after it.
 */
public final class CustodyChain {

    /** The hash the first link points back to. */
    public static final String GENESIS = "0".repeat(64);

    public record Link(long sequence, String action, String actor, Instant at, String origin, String details,
            String previousHash, String hash) {
    }

    private CustodyChain() {
    }

    /** The hash of a link's content together with the hash of the link before it. */
    public static String hashOf(String evidenceId, long sequence, String action, String actor, Instant at, String origin,
            String details, String previousHash) {
        String content = String.join("\u001f", evidenceId, Long.toString(sequence), action, actor, at.toString(),
                String.valueOf(origin), String.valueOf(details), previousHash);
        return Sha256.hex(content);
    }

    /** The first link that does not hold, if any: a gap in the sequence, a wrong back-pointer, or altered content. */
    public static Optional<Break> verify(String evidenceId, List<Link> links) {
        String previous = GENESIS;
        long expectedSequence = 1;
        for (Link link : links) {
            if (link.sequence() != expectedSequence) {
                return Optional.of(new Break(expectedSequence, "link " + expectedSequence + " is missing"));
            }
            if (!link.previousHash().equals(previous)) {
                return Optional.of(new Break(link.sequence(), "link " + link.sequence() + " does not point to the link before it"));
            }
            String recomputed = hashOf(evidenceId, link.sequence(), link.action(), link.actor(), link.at(), link.origin(),
                    link.details(), link.previousHash());
            if (!recomputed.equals(link.hash())) {
                return Optional.of(new Break(link.sequence(), "link " + link.sequence() + " was altered"));
            }
            previous = link.hash();
            expectedSequence++;
        }
        return Optional.empty();
    }

    public record Break(long atSequence, String reason) {
    }
}
