package cn.enforcement.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Every HTML page the platform renders (the public pages) forbids what it never uses: no script at all, no
 * foreign resources, no framing, forms only back to itself. A page that leaked a script through a missing
 * escape would still not run it. A page that runs the platform's own script sets its own, as strict, policy.
 */
@Provider
public class HtmlPageHeaders implements ContainerResponseFilter {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            if (!response.getHeaders().containsKey("Content-Security-Policy")) {
                response.getHeaders().putSingle("Content-Security-Policy", POLICY);
            }
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        }
    }
}
