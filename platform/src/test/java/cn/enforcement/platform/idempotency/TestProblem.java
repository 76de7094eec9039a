package cn.enforcement.platform.idempotency;

import cn.enforcement.problem.ProblemType;

/** The refusal of the test command's rule. */
public enum TestProblem implements ProblemType {

    TEST_RULE;

    @Override
    public Text text() {
        return new Text(422, "Refused by a test rule", "测试规则拒绝", "The test command refuses 999.", "测试指令拒绝 999。");
    }
}
