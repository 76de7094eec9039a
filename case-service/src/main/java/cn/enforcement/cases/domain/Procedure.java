package cn.enforcement.cases.domain;

/** The summary procedure (简易程序, PL 51-53) decides on the spot; the general procedure (普通程序, PL 54-65) files, investigates, notifies and decides. */
public enum Procedure { SUMMARY, GENERAL }
