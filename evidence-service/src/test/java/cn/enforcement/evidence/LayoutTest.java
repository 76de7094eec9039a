package cn.enforcement.evidence;

import cn.enforcement.platform.testing.LayoutOfService;

/** evidence-service keeps the layout of every service (docs/service-layout.md). */
class LayoutTest extends LayoutOfService {

    LayoutTest() {
        super("cn.enforcement.evidence");
    }
}
