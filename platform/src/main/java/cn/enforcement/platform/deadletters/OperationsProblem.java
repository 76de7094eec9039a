package cn.enforcement.platform.deadletters;

import cn.enforcement.problem.ProblemType;

/** The refusals of the operators' endpoints, each code with its status and its meaning in English and Chinese. */
public enum OperationsProblem implements ProblemType {

    DEAD_LETTER_ALREADY_REPLAYED(409, "Dead letter already replayed", "死信已重放",
            "This dead letter was replayed before; its event went back to its topic once, and the consumer's inbox applies it at most once.",
            "该死信已重放过，事件已重新发布一次，消费方收件箱对同一事件最多处理一次。"),
    DEAD_LETTER_NOT_FOUND(404, "Dead letter not found", "死信不存在",
            "This service's dead-letter topic holds no record at this position (partition-offset), or the service name is another's.",
            "本服务的死信主题在该位置（分区-偏移量）没有记录，或服务名不是本服务。"),
    EVENT_BUS_UNAVAILABLE(503, "Event bus unavailable", "事件总线不可用",
            "Kafka did not answer in time; nothing was replayed. Try again when it is back.",
            "Kafka 未及时响应，未重放任何事件，请在其恢复后重试。");

    private final Text text;

    OperationsProblem(int status, String title, String titleZh, String meaning, String meaningZh) {
        this.text = new Text(status, title, titleZh, meaning, meaningZh);
    }

    @Override
    public Text text() {
        return text;
    }
}
