package org.hoctap.shared.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BrowserUriTest {
    @Test
    void everyAddressBecomesLocalhost() {
        assertEquals(URI.create("http://localhost:8080/"), BrowserUri.of("0.0.0.0", 8080));
        assertEquals(URI.create("http://localhost:8025/"), BrowserUri.of("::", 8025));
    }

    @Test
    void aNamedAddressIsKept() {
        assertEquals(URI.create("http://127.0.0.1:8080/"), BrowserUri.of("127.0.0.1", 8080));
        assertEquals(URI.create("http://kiosk.local:80/"), BrowserUri.of("kiosk.local", 80));
    }

    @Test
    void anIpv6AddressIsBracketed() {
        assertEquals(URI.create("http://[::1]:8080/"), BrowserUri.of("::1", 8080));
    }
}
