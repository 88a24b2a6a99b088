package org.hoctap.shared.net;

import java.util.Map;

/**
 * The headers that keep our web pages (the kiosk's, the central web's) to themselves: only their
 * own scripts, styles and images, never framed by another site, no MIME sniffing, no referrer.
 */
public final class PageHeaders {
    public static final Map<String, String> SECURE = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private PageHeaders() {
    }
}
