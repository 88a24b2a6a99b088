package org.hoctap.kiosk.web;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.text.Language;

/** The language a request asks for with {@code ?lang=vi|blt|hnj}; Vietnamese when it names none. */
public final class RequestLanguage {
    private RequestLanguage() {
    }

    /** The language asked for, Vietnamese when absent, or empty when the tag is not one of ours. */
    public static Optional<Language> of(RoutingContext ctx) {
        List<String> tags = ctx.queryParam("lang");
        return tags.isEmpty() ? Optional.of(Language.VI) : parse(tags.get(0));
    }

    /** The language asked for; Vietnamese when it names none or one that is not ours. */
    public static Language orVietnamese(RoutingContext ctx) {
        return of(ctx).orElse(Language.VI);
    }

    /** A tag from a request body or parameter; null or empty means Vietnamese. */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.of(Language.VI);
        }
        return Language.fromTag(tag);
    }
}
