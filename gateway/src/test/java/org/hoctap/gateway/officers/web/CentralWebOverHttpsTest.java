package org.hoctap.gateway.officers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.web.TlsIdentity;
import org.hoctap.shared.net.CertificatePin;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.testing.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The central web with the certificate the server set-up makes: HTTPS only, its cookies kept to HTTPS. */
class CentralWebOverHttpsTest {
    @TempDir
    Path dataDir;

    @Test
    void theCentralWebAnswersOverHttpsOnlyAndItsCookiesAreSecure() throws Exception {
        SeededDatabase.create(dataDir).close();
        SelfSignedCertificate certificate = SelfSignedCertificate.in(dataDir, "hoctap-central");
        TlsIdentity tls = TlsIdentity.of(certificate.certificate(), certificate.privateKey());
        SmppSettings nowhere = SmppSettings.of("127.0.0.1", 9, "hoctap", "secret", "8055");
        try (GatewayServer gateway = new GatewayServer(new GatewaySettings(dataDir, nowhere, GatewaySettings.VIETNAM)
                .withWebPort(0).withTls(Optional.of(tls))).start()) {
            int port = gateway.webPort().orElseThrow();
            try (HttpClient browser = HttpClient.newBuilder()
                    .sslContext(CertificatePin.trusting(Optional.of(tls.fingerprint()))).build()) {
                HttpResponse<String> me = browser.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + port + "/api/me")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, me.statusCode());
                List<String> cookies = me.headers().allValues("Set-Cookie");
                assertTrue(cookies.stream().anyMatch(c -> c.startsWith(OfficerLogin.COOKIE + "=")), cookies.toString());
                assertTrue(cookies.stream().allMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("; secure")),
                        "every cookie kept to HTTPS: " + cookies);
            }
            try (HttpClient plain = HttpClient.newHttpClient()) {
                assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/me")).build(), HttpResponse.BodyHandlers.ofString()),
                        "no plain HTTP on the same port");
            }
            try (HttpClient untrusting = HttpClient.newHttpClient()) {
                assertThrows(javax.net.ssl.SSLHandshakeException.class, () -> untrusting.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString()),
                        "a self-signed certificate is trusted only where it is pinned");
            }
        }
    }
}
