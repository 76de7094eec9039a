package cn.enforcement.evidence.domain.intake;

/** The eight kinds of evidence of PL 46. */
public enum EvidenceKind {
    DOCUMENTARY,        // 书证
    PHYSICAL,           // 物证
    AUDIO_VISUAL,       // 视听资料
    ELECTRONIC_DATA,    // 电子数据
    WITNESS_TESTIMONY,  // 证人证言
    PARTY_STATEMENT,    // 当事人的陈述
    EXPERT_OPINION,     // 鉴定意见
    INSPECTION_RECORD   // 勘验笔录、现场笔录
}
