package org.hoctap.shared.json;

import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.core.spi.JsonFactory;
import io.vertx.core.spi.json.JsonCodec;

/**
 * Vert.x's JSON on jackson-core alone. Vert.x picks its databind codec whenever jackson-databind is on
 * the classpath, and Flyway puts it there for the rare start that migrates the database; the databind
 * codec loads some 360 classes at every start (about 3 MB of metaspace and 5 MB of resident memory on a
 * kiosk) for features we do not use: our JSON is built from {@code JsonObject}s, never mapped from
 * Java objects. Found by Vert.x through {@code META-INF/services}, ahead of its own factory.
 */
public final class PlainJsonFactory implements JsonFactory {
    private static final JsonCodec CODEC = new JacksonCodec();

    @Override
    public int order() {
        return 0; // Vert.x takes the factory of the lowest order; its own is Integer.MAX_VALUE
    }

    @Override
    public JsonCodec codec() {
        return CODEC;
    }
}
