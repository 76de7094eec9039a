package cn.enforcement.platform.layoutfixture.api;

/** An entrance of the fixture service. */
public class Entrance {

    public static String name() {
        return "entrance";
    }
}
