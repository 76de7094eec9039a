package cn.enforcement.gateway;

import cn.enforcement.platform.testing.LayoutOfService;

/** gateway keeps the layout of every service (docs/service-layout.md). */
class LayoutTest extends LayoutOfService {

    LayoutTest() {
        super("cn.enforcement.gateway");
    }
}
