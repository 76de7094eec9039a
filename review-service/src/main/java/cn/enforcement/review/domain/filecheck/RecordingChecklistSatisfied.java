package cn.enforcement.review.domain.filecheck;

import cn.enforcement.platform.events.evidence.RecordingMissing;
import java.util.List;

/** 执法全过程记录 (seed 002, 音像记录事项清单): every stage on the checklist has its audio-video record. */
public final class RecordingChecklistSatisfied implements FileCheck {

    @Override
    public String name() {
        return "RECORDING_CHECKLIST";
    }

    @Override
    public String basis() {
        return "seed 002; PL 47";
    }

    @Override
    public List<Finding> check(CaseHistory history) {
        return history.all(RecordingMissing.class).stream()
                .map(missing -> Finding.of(this, FindingGrade.DEFECT, "音像记录缺失: no audio-video record of stage " + missing.payload().stage()
                        + " of " + missing.payload().stageAt(), missing))
                .toList();
    }
}
