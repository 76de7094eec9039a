package cn.enforcement.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The summary procedure (简易程序, PL 51-53) decides on the spot; the general procedure (普通程序, PL 54-65) files, investigates, notifies and decides. */
public enum Procedure {
    @Schema(description = "简易程序: decided on the spot (PL 51-53)")
    SUMMARY,
    @Schema(description = "普通程序: filed, investigated, notified and decided (PL 54-65)")
    GENERAL
}
