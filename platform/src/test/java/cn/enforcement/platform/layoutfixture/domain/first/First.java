package cn.enforcement.platform.layoutfixture.domain.first;

import cn.enforcement.platform.layoutfixture.domain.second.Second;

/** One half of a package cycle. */
public class First {

    public Second next() {
        return new Second();
    }
}
