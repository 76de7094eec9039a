package cn.enforcement.evidence.domain.custody;

import static org.assertj.core.api.Assertions.assertThat;

import cn.enforcement.evidence.domain.custody.CustodyChain.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustodyChainTest {

    private static final String EVIDENCE = "e-1";

    private static List<Link> chain(String... actions) {
        List<Link> links = new ArrayList<>();
        String previous = CustodyChain.GENESIS;
        for (int i = 0; i < actions.length; i++) {
            Instant at = Instant.parse("2026-11-21T08:00:00Z").plusSeconds(i);
            String hash = CustodyChain.hashOf(EVIDENCE, i + 1, actions[i], "cc-officer-1", at, "10.0.0.1", "d" + i, previous);
            links.add(new Link(i + 1, actions[i], "cc-officer-1", at, "10.0.0.1", "d" + i, previous, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainHolds() {
        assertThat(CustodyChain.verify(EVIDENCE, chain("INTAKE", "VIEW", "DOWNLOAD", "VERIFY"))).isEmpty();
    }

    @Test
    void anAlteredLinkIsDetectedWhereItWasAltered() {
        List<Link> links = chain("INTAKE", "VIEW", "DOWNLOAD");
        Link viewed = links.get(1);
        links.set(1, new Link(viewed.sequence(), viewed.action(), "someone-else", viewed.at(), viewed.origin(), viewed.details(),
                viewed.previousHash(), viewed.hash()));
        assertThat(CustodyChain.verify(EVIDENCE, links)).hasValueSatisfying(b -> {
            assertThat(b.atSequence()).isEqualTo(2);
            assertThat(b.reason()).contains("altered");
        });
    }

    @Test
    void aRemovedLinkIsDetected() {
        List<Link> links = chain("INTAKE", "VIEW", "DOWNLOAD");
        links.remove(1);
        assertThat(CustodyChain.verify(EVIDENCE, links)).hasValueSatisfying(b -> assertThat(b.reason()).contains("missing"));
    }

    @Test
    void aLinkRehashedAfterAlterationStillBreaksTheNext() {
        List<Link> links = chain("INTAKE", "VIEW", "DOWNLOAD");
        Link viewed = links.get(1);
        String forged = CustodyChain.hashOf(EVIDENCE, 2, "VIEW", "someone-else", viewed.at(), viewed.origin(), viewed.details(),
                viewed.previousHash());
        links.set(1, new Link(2, "VIEW", "someone-else", viewed.at(), viewed.origin(), viewed.details(), viewed.previousHash(), forged));
        assertThat(CustodyChain.verify(EVIDENCE, links)).hasValueSatisfying(b -> assertThat(b.atSequence()).isEqualTo(3));
    }

    @Test
    void theSameLinksOfAnotherPieceOfEvidenceDoNotVerify() {
        assertThat(CustodyChain.verify("e-2", chain("INTAKE"))).isPresent();
    }
}
