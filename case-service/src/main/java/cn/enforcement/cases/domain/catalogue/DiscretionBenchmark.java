package cn.enforcement.cases.domain.catalogue;

import cn.enforcement.cases.domain.PartyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The discretion benchmark (裁量基准, seed 000): each violation item has tiers — minor, ordinary,
 * serious, especially serious — chosen by the degree of the violation (its item's measure, e.g.
 * tonnes over the limit), then moved one tier down when mitigating circumstances outweigh
 * aggravating ones, or one up in the opposite case. The tier gives the fine range for the party's type.
 */
public final class DiscretionBenchmark {

    public enum Level { MINOR, ORDINARY, SERIOUS, ESPECIALLY_SERIOUS }

    public enum Circumstance {
        FIRST_OFFENCE(-1), PROMPTLY_CORRECTED(-1), COOPERATED(-1), MINOR_CONSEQUENCES(-1),
        REPEATED_OFFENCE(1), OBSTRUCTED_INSPECTION(1), CAUSED_ACCIDENT(1), REFUSED_CORRECTION(1);

        private final int weight;

        Circumstance(int weight) {
            this.weight = weight;
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

    public record Assessment(Level level, BigDecimal min, BigDecimal max, String explanation) {

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
        return new Assessment(tier.level(), tier.min(party), tier.max(party), String.join("; ", why));
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
