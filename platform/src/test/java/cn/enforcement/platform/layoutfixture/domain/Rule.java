package cn.enforcement.platform.layoutfixture.domain;

import cn.enforcement.platform.layoutfixture.api.Entrance;
import jakarta.ws.rs.core.Response;

/** A domain class that breaks the layout twice: it calls an entrance and answers HTTP itself. */
public class Rule {

    public Response answer() {
        return Response.ok(Entrance.name()).build();
    }
}
