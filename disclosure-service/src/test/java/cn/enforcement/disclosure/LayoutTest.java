package cn.enforcement.disclosure;

import cn.enforcement.platform.testing.LayoutOfService;

/** disclosure-service keeps the layout of every service (docs/service-layout.md). */
class LayoutTest extends LayoutOfService {

    LayoutTest() {
        super("cn.enforcement.disclosure");
    }
}
