package cn.enforcement.evidence.domain.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The eight kinds of evidence of PL 46. */
public enum EvidenceKind {
    @Schema(description = "书证: documentary evidence")
    DOCUMENTARY,
    @Schema(description = "物证: physical evidence")
    PHYSICAL,
    @Schema(description = "视听资料: audio-visual material")
    AUDIO_VISUAL,
    @Schema(description = "电子数据: electronic data")
    ELECTRONIC_DATA,
    @Schema(description = "证人证言: witness testimony")
    WITNESS_TESTIMONY,
    @Schema(description = "当事人的陈述: the party's statement")
    PARTY_STATEMENT,
    @Schema(description = "鉴定意见: expert opinion")
    EXPERT_OPINION,
    @Schema(description = "勘验笔录、现场笔录: inspection or on-site record")
    INSPECTION_RECORD
}
