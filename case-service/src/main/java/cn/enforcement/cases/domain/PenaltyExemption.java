package cn.enforcement.cases.domain;

/**
 * PL 33 and the exemption list (免罚清单, seed 001): a first or minor violation promptly corrected,
 * without harmful consequences, is not penalised when its item is on the list; never for items that
 * touch work safety. The party's commitment letter (承诺书) and the education given are recorded.
 */
public final class PenaltyExemption {

    private PenaltyExemption() {
    }

    public static void requireExempt(boolean itemOnExemptionList, boolean itemTouchesWorkSafety, boolean firstOrMinor,
            boolean promptlyCorrected, boolean harmfulConsequences, String commitmentLetterReference) {
        if (itemTouchesWorkSafety) {
            throw CaseProblem.EXEMPTION_NOT_FOR_WORK_SAFETY.refuse(
                    "涉及安全生产的违法行为不适用免罚清单: this item touches work safety", "seed 001");
        }
        if (!itemOnExemptionList) {
            throw CaseProblem.ITEM_NOT_ON_EXEMPTION_LIST.refuse("该违法行为不在免罚清单内", "PL 33; seed 001");
        }
        if (!firstOrMinor || !promptlyCorrected || harmfulConsequences) {
            throw CaseProblem.EXEMPTION_CONDITIONS_NOT_MET.refuse("首违、轻微并及时改正且没有造成危害后果的，方可不予处罚", "PL 33");
        }
        if (commitmentLetterReference == null || commitmentLetterReference.isBlank()) {
            throw CaseProblem.COMMITMENT_LETTER_REQUIRED.refuse(
                    "不予处罚应当对当事人进行教育并签署承诺书: record the commitment letter", "PL 33; seed 001");
        }
    }
}
