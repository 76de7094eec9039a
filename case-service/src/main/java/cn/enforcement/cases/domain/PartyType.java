package cn.enforcement.cases.domain;

/** Who the party (当事人) is: a natural person or an organisation (legal person or other). */
public enum PartyType { INDIVIDUAL, ORGANISATION }
