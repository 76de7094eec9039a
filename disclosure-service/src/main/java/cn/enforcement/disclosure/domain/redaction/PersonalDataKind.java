package cn.enforcement.disclosure.domain.redaction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of personal data a published text must not hold (GI 15; PIPL 28: identity numbers, accounts, whereabouts). */
public enum PersonalDataKind {
    @Schema(description = "自然人姓名: a natural person's name")
    NAME,
    @Schema(description = "身份证号码: a resident identity number, 18 or 15 digits")
    ID_NUMBER,
    @Schema(description = "电话号码: a mobile or landline number")
    PHONE,
    @Schema(description = "机动车号牌: a vehicle plate")
    PLATE,
    @Schema(description = "银行卡号: a bank card or account number")
    BANK_CARD,
    @Schema(description = "电子邮箱: an e-mail address")
    EMAIL,
    @Schema(description = "门牌地址: an address below street level (号, 栋, 单元, 室, 村, 组)")
    ADDRESS,
    @Schema(description = "疑似个人号码: a long number that may identify a person")
    NUMBER
}
