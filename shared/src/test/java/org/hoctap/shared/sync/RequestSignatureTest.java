package org.hoctap.shared.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    private static final String DEVICE = "01937a1e-0000-7000-8000-000000000001";
    private static final String SECRET = "c2VjcmV0LW9mLXRoZS1raW9zay1pbi1xdWFpLWNoaWVuZw";
    private static final byte[] BODY = "{\"records\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedRequestVerifiesWithTheSameSecretOnly() {
        String header = RequestSignature.header(DEVICE, SECRET, "POST", "/sync/up", BODY);
        RequestSignature.Claim claim = RequestSignature.read(header).orElseThrow();
        assertEquals(DEVICE, claim.deviceId());
        assertTrue(RequestSignature.verifies(claim, SECRET, "POST", "/sync/up", BODY));
        assertFalse(RequestSignature.verifies(claim, SECRET + "x", "POST", "/sync/up", BODY));
    }

    @Test
    void anyChangeToMethodPathOrBodyBreaksTheSignature() {
        RequestSignature.Claim claim = RequestSignature.read(
                RequestSignature.header(DEVICE, SECRET, "POST", "/sync/up", BODY)).orElseThrow();
        assertFalse(RequestSignature.verifies(claim, SECRET, "GET", "/sync/up", BODY));
        assertFalse(RequestSignature.verifies(claim, SECRET, "POST", "/sync/down", BODY));
        assertFalse(RequestSignature.verifies(claim, SECRET, "POST", "/sync/up",
                "{\"records\":[1]}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headersThatAreNotOursAreNoClaim() {
        assertEquals(Optional.empty(), RequestSignature.read(null));
        assertEquals(Optional.empty(), RequestSignature.read("Basic c3RhZmY6c2VjcmV0"));
        assertEquals(Optional.empty(), RequestSignature.read("Hoctap-Device id=\"x\", signature=\"y\""));
    }
}
