package cn.enforcement.platform.layoutfixture.domain;

/** An aggregate of the fixture service: it changes its balance through its own method. */
public class Ledger {

    public long balance;

    public void credit(long amount) {
        balance += amount;
    }
}
