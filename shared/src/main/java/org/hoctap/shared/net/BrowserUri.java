package org.hoctap.shared.net;

import java.net.URI;

/** The address a person types into a browser to reach a server of ours on this machine. */
public final class BrowserUri {
    private BrowserUri() {
    }

    /**
     * {@code http://host:port/}, with {@code localhost} for a server listening on every address
     * ({@code 0.0.0.0}, {@code ::}) and brackets around an IPv6 address.
     */
    public static URI of(String listenHost, int port) {
        String host = listenHost.strip();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port + "/");
    }
}
