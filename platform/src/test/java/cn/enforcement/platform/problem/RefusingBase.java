package cn.enforcement.platform.problem;

import cn.enforcement.problem.PlatformProblem;

class RefusingBase {

    void inherited() {
        throw PlatformProblem.PROVINCIAL_SUPERVISOR_ONLY.refuse("province only");
    }
}
