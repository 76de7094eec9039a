package cn.enforcement.personnel;

import cn.enforcement.platform.testing.LayoutOfService;

/** personnel-service keeps the layout of every service (docs/service-layout.md). */
class LayoutTest extends LayoutOfService {

    LayoutTest() {
        super("cn.enforcement.personnel");
    }
}
