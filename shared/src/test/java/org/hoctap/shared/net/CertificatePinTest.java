package org.hoctap.shared.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/** A pinned kiosk trusts its central server's certificate and nothing else, not even an authority's. */
class CertificatePinTest {
    private static X509Certificate anAuthorityTheSystemTrusts() throws Exception {
        X509Certificate[] authorities = CertificatePin.trustManager(Optional.empty()).getAcceptedIssuers();
        assertTrue(authorities.length > 0, "this Java trusts some authorities");
        return authorities[0];
    }

    @Test
    void aPinnedClientRefusesEvenACertificateTheSystemWouldTrust() throws Exception {
        X509Certificate authority = anAuthorityTheSystemTrusts();
        X509Certificate other = CertificatePin.trustManager(Optional.empty()).getAcceptedIssuers()[1];
        X509ExtendedTrustManager pinned = CertificatePin.trustManager(Optional.of(CertificatePin.of(other)));
        CertificateException refused = assertThrows(CertificateException.class,
                () -> pinned.checkServerTrusted(new X509Certificate[] {authority}, "ECDHE_RSA"));
        assertTrue(refused.getMessage().startsWith("the server's certificate is not the one pinned"), refused.getMessage());
        assertDoesNotThrow(() -> pinned.checkServerTrusted(new X509Certificate[] {other}, "ECDHE_RSA"));
    }

    @Test
    void aFingerprintIsReadAsPeopleCopyIt() {
        String canonical = "3B:04:D7:53:C9:05:0D:9A:5D:34:3F:39:84:3C:48:A5:65:F8:F0:4B:00:11:22:33:44:55:66:77:88:99:AA:BB";
        assertEquals(canonical, CertificatePin.parse(canonical.toLowerCase().replace(":", "")));
        assertEquals(canonical, CertificatePin.parse("sha256 Fingerprint=" + canonical));
        assertEquals(canonical, CertificatePin.parse(" SHA256 Fingerprint=" + canonical.replace(":", " ") + "\n"));
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> CertificatePin.parse("AB:CD"));
        assertTrue(typo.getMessage().contains("is not a SHA-256 fingerprint"), typo.getMessage());
    }
}
