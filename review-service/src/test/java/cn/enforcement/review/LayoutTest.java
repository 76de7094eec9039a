package cn.enforcement.review;

import cn.enforcement.platform.testing.LayoutOfService;

/** review-service keeps the layout of every service (docs/service-layout.md). */
class LayoutTest extends LayoutOfService {

    LayoutTest() {
        super("cn.enforcement.review");
    }
}
