package cn.enforcement.evidence.domain;

import cn.enforcement.problem.ProblemType;

/**
 * The refusals of evidence and the audio-video record, each code with its status and its meaning
 * in English and Chinese.
 */
public enum EvidenceProblem implements ProblemType {

    ATTACHMENT_NOT_FOUND(404, "Attachment not found", "附件不存在",
            "No file was declared under this id with a complaint (a complaint filed a moment ago reaches the evidence store within seconds; retry).",
            "不存在以该编号申报的投诉举报附件（刚提交的投诉举报数秒内送达证据库，请稍后重试）。"),
    ATTACHMENT_NOT_UPLOADED(409, "Attachment not uploaded", "附件尚未上传",
            "Ask for an upload URL and PUT the file to it before completing.",
            "请先获取上传地址并上传文件，再确认上传完成。"),
    ATTACHMENT_RECEIVED(409, "Attachment already received", "附件已接收",
            "The file arrived as declared; it is not uploaded again.",
            "该附件已按申报接收，不得重复上传。"),
    BODY_INCOMPLETE(400, "Body incomplete", "上传内容不完整",
            "The upload ended before the declared length arrived; send it again.",
            "上传内容未达到声明的长度即已结束，请重新上传。"),
    CASE_ARCHIVED(409, "Case archived", "案件已归档",
            "The case is archived; no evidence is added to it.",
            "案件已归档，不得再添加证据。"),
    CASE_NOT_KNOWN(404, "Case not known", "案件未知",
            "evidence-service has not yet heard of this case (it learns of cases from their filing event; retry shortly).",
            "证据服务尚未收到该案件（通过立案事件获知，请稍后重试）。"),
    CONTENT_TYPE_NOT_ALLOWED(422, "Content type not allowed", "文件类型不允许",
            "The evidence's content type is not one of the allowed audio, video, image or document types.",
            "证据文件类型不在允许的音视频、图片或文书类型之内。"),
    CUSTODIANS_ONLY(403, "Custodians only", "仅限证据保管人员",
            "Only the evidence custodians (legal office) may perform this act.",
            "该操作只能由证据保管人员（法制机构）实施。"),
    EVIDENCE_EMPTY(422, "Empty recording", "空白录像",
            "An empty file is not a recording.",
            "空文件不能作为音视频记录。"),
    EVIDENCE_METADATA_INCOMPLETE(400, "Evidence metadata incomplete", "证据信息不全",
            "The upload needs its case, kind, recording time and device.",
            "上传须载明所属案件、证据类别、录制时间和设备。"),
    EVIDENCE_METADATA_INVALID(400, "Evidence metadata invalid", "证据信息无效",
            "A metadata field of the upload is malformed or out of bounds.",
            "上传的证据信息字段格式错误或超出范围。"),
    EVIDENCE_NOT_FOUND(404, "Evidence not found", "证据不存在",
            "No evidence has this id in your scope.",
            "您权限范围内不存在该证据。"),
    EVIDENCE_OF_OPEN_CASE(409, "Case still open", "案件仍在办理",
            "Evidence of a case still open cannot be deleted.",
            "案件仍在办理中，证据不得删除。"),
    EVIDENCE_UNDER_HOLD(409, "Under legal hold", "证据处于保全状态",
            "The evidence is under a legal hold and cannot be deleted.",
            "证据处于法定保全状态，不得删除。"),
    HASH_MISMATCH(422, "Not what was declared", "文件摘要不符",
            "The stored bytes' SHA-256 is not the one declared; the upload is refused and nothing kept.",
            "文件实际 SHA-256 与声明不符，上传被拒绝且不予保存。"),
    OFFICERS_ONLY(403, "Officers only", "仅限执法人员",
            "Only enforcement officers may upload evidence.",
            "只有执法人员可以上传证据。"),
    OUTSIDE_SCOPE(403, "Outside scope", "超出权限范围",
            "The record lies outside your region or agency.",
            "该记录不在您的区域或机构权限范围内。"),
    PACKAGE_NOT_FOUND(404, "Package not found", "证据包不存在",
            "No sealed evidence package has this id in your scope.",
            "您权限范围内不存在该证据包。"),
    RETENTION_NOT_ENDED(409, "Retention period not over", "保存期限未满",
            "The evidence's retention period is not over; it cannot be deleted yet.",
            "证据保存期限未满，不得删除。"),
    UPLOAD_NOT_FOUND(404, "Upload not found", "上传不存在",
            "No presigned upload has this id, or it has expired.",
            "不存在该预签名上传，或已过期。"),
    UPLOAD_PARTS_INVALID(422, "Upload parts invalid", "分片方式无效",
            "The parts do not cut the declared size: every part but the last holds partSize bytes (at least 5 MiB), the last the rest.",
            "分片无法组成声明的文件大小：除最后一片外每片为 partSize 字节（至少 5 MiB），最后一片为剩余部分。");

    private final Text text;

    EvidenceProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}
