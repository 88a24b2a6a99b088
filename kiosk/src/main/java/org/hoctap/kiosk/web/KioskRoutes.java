package org.hoctap.kiosk.web;

import io.vertx.ext.web.Router;

/** One feature's HTTP routes, added to the kiosk's router at start. */
public interface KioskRoutes {
    void mount(Router router);
}
