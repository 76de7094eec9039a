package cn.enforcement.platform.layoutfixture.domain.second;

import cn.enforcement.platform.layoutfixture.domain.first.First;

/** The other half of a package cycle. */
public class Second {

    public First back() {
        return new First();
    }
}
