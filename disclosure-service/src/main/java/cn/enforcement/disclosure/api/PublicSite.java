package cn.enforcement.disclosure.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What every public page says of the platform itself ({@code disclosure.site.*}): its name, its sponsor, the hotline. */
@ConfigMapping(prefix = "disclosure.site")
public interface PublicSite {

    /** The province's platform, named in every page's header. */
    @WithDefault("吉林省交通运输综合行政执法公示平台")
    String name();

    /** 主办单位, named in every page's footer. */
    @WithDefault("吉林省交通运输厅")
    String sponsor();

    /** The transport service hotline the public may call (12328). */
    @WithDefault("12328")
    String hotline();

    /**
     * Where the complaint page's browser uploads attachments: the object store's public origins as presigned URLs name
     * them (space-separated, for the page's Content-Security-Policy).
     */
    @WithDefault("http://127.0.0.1:9000 http://localhost:9000")
    String uploadOrigins();
}
