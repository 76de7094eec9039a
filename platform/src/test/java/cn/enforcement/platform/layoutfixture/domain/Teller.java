package cn.enforcement.platform.layoutfixture.domain;

/** A class that changes the aggregate's field itself, which the layout forbids. */
public class Teller {

    public void overwrite(Ledger ledger) {
        ledger.balance = 0;
    }

    public long read(Ledger ledger) {
        return ledger.balance;
    }
}
