package cn.enforcement.cases.domain.catalogue;

import cn.enforcement.cases.domain.PartyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The discretion benchmark (裁量基准, seed 000): each violation item has tiers — minor, ordinary,
 * serious, especially serious — chosen by the degree of the violation (its item's measure, e.g.
 * tonnes over the limit), then moved one tier down when mitigating circumstances outweigh
 * aggravating ones, or one up in the opposite case. The tier gives the fine range for the party's type.
 */
public final class DiscretionBenchmark {

    @Schema(name = "ViolationLevel", description = "How serious the violation is, the rows of the discretion benchmark (裁量基准)")
    public enum Level {
        @Schema(description = "轻微: minor")
        MINOR("轻微"),
        @Schema(description = "一般: ordinary")
        ORDINARY("一般"),
        @Schema(description = "较重: serious")
        SERIOUS("较重"),
        @Schema(description = "严重: especially serious")
        ESPECIALLY_SERIOUS("严重");

        private final String term;

        Level(String term) {
            this.term = term;
        }

        /** The tier's name in the benchmark, as a decision states it. */
        public String term() {
            return term;
        }
    }

    @Schema(description = "A circumstance recorded in the case that moves the tier: mitigating (-1) or aggravating (+1)")
    public enum Circumstance {
        @Schema(description = "初次违法: first offence (mitigating)")
        FIRST_OFFENCE(-1, "初次违法"),
        @Schema(description = "及时改正: corrected promptly (mitigating)")
        PROMPTLY_CORRECTED(-1, "及时改正"),
        @Schema(description = "配合调查: cooperated with the investigation (mitigating)")
        COOPERATED(-1, "配合调查"),
        @Schema(description = "危害后果轻微: minor consequences (mitigating)")
        MINOR_CONSEQUENCES(-1, "危害后果轻微"),
        @Schema(description = "多次违法: repeated offence (aggravating)")
        REPEATED_OFFENCE(1, "多次违法"),
        @Schema(description = "阻碍执法检查: obstructed the inspection (aggravating)")
        OBSTRUCTED_INSPECTION(1, "阻碍执法检查"),
        @Schema(description = "造成事故: caused an accident (aggravating)")
        CAUSED_ACCIDENT(1, "造成事故"),
        @Schema(description = "拒不改正: refused to correct (aggravating)")
        REFUSED_CORRECTION(1, "拒不改正");

        private final int weight;
        private final String term;

        Circumstance(int weight, String term) {
            this.weight = weight;
            this.term = term;
        }

        /** -1 mitigating (从轻), +1 aggravating (从重). */
        public int weight() {
            return weight;
        }

        /** The circumstance as a decision states it. */
        public String term() {
            return term;
        }
    }

    /** One tier: degree from (inclusive) to (exclusive, open when null), and fine ranges in yuan. */
    public record Tier(Level level, String description, BigDecimal degreeFrom, BigDecimal degreeTo,
            BigDecimal individualMin, BigDecimal individualMax, BigDecimal organisationMin, BigDecimal organisationMax) {

        boolean covers(BigDecimal degree) {
            return degree.compareTo(degreeFrom) >= 0 && (degreeTo == null || degree.compareTo(degreeTo) < 0);
        }

        public BigDecimal min(PartyType party) {
            return party == PartyType.INDIVIDUAL ? individualMin : organisationMin;
        }

        public BigDecimal max(PartyType party) {
            return party == PartyType.INDIVIDUAL ? individualMax : organisationMax;
        }
    }

    public record Assessment(Level level, String description, BigDecimal min, BigDecimal max, String explanation) {

        public boolean isOutsideRange(BigDecimal fine) {
            return fine.compareTo(min) < 0 || fine.compareTo(max) > 0;
        }
    }

    private DiscretionBenchmark() {
    }

    public static Assessment assess(String itemName, String measure, List<Tier> tiers, PartyType party, BigDecimal degree,
            Set<Circumstance> circumstances) {
        List<Tier> ordered = tiers.stream().sorted(Comparator.comparing(Tier::level)).toList();
        int index = indexCovering(ordered, degree);
        List<String> why = new ArrayList<>();
        why.add(measure + " " + degree.stripTrailingZeros().toPlainString() + " falls in tier " + ordered.get(index).level()
                + " (" + ordered.get(index).description() + ")");
        int balance = circumstances.stream().mapToInt(c -> c.weight).sum();
        int moved = Math.max(0, Math.min(ordered.size() - 1, index + Integer.signum(balance)));
        if (moved != index) {
            why.add((balance < 0 ? "mitigating" : "aggravating") + " circumstances " + circumstances + " move it to "
                    + ordered.get(moved).level());
        }
        Tier tier = ordered.get(moved);
        why.add("fine range for " + party + ": " + tier.min(party).toPlainString() + " to " + tier.max(party).toPlainString()
                + " yuan for " + itemName);
        return new Assessment(tier.level(), tier.description(), tier.min(party), tier.max(party), String.join("; ", why));
    }

    private static int indexCovering(List<Tier> ordered, BigDecimal degree) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).covers(degree)) {
                return i;
            }
        }
        return degree.compareTo(ordered.get(0).degreeFrom()) < 0 ? 0 : ordered.size() - 1;
    }
}
