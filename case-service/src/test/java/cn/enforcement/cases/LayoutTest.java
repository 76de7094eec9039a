package cn.enforcement.cases;

import cn.enforcement.cases.domain.PenaltyCase;
import cn.enforcement.platform.testing.LayoutOfService;
import cn.enforcement.platform.testing.ServiceLayout;

/** case-service keeps the layout of every service (docs/service-layout.md), and the penalty case changes only itself. */
class LayoutTest extends LayoutOfService {

    LayoutTest() {
        super("cn.enforcement.cases", ServiceLayout.onlyItselfChanges(PenaltyCase.class));
    }
}
