package org.hoctap.shared.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A server certificate's SHA-256 fingerprint, written as {@code openssl x509 -fingerprint -sha256}
 * prints it ({@code AB:CD:…}), and the TLS trust of a client that expects that one certificate.
 * A central server in a commune has a self-signed certificate and often no name, only an address:
 * the installer copies its fingerprint onto the kiosk, which then trusts exactly that certificate
 * and no other, not even one a known authority signed (its name is not checked: nothing else can
 * present it). Without a pin, the system's CAs decide.
 */
public final class CertificatePin {
    private static final HexFormat HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private CertificatePin() {
    }

    /** The fingerprint of a certificate. */
    public static String of(X509Certificate certificate) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The fingerprint of the first certificate of a PEM (or DER) file. */
    public static String of(Path certificateFile) throws IOException {
        try (InputStream in = Files.newInputStream(certificateFile)) {
            return of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (CertificateException e) {
            throw new IOException(certificateFile + " holds no certificate: " + e.getMessage(), e);
        }
    }

    /**
     * A fingerprint as a person may have copied it (colons or not, any case, "SHA256 Fingerprint=" in
     * front), in the one form used everywhere.
     *
     * @throws IllegalArgumentException when it is not 32 bytes of hexadecimal
     */
    public static String parse(String given) {
        String hex = given.strip().replaceFirst("(?i)^sha-?256\\s*fingerprint\\s*=\\s*", "")
                .replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("'" + given + "' is not a SHA-256 fingerprint (64 hexadecimal digits, "
                    + "as openssl x509 -noout -fingerprint -sha256 prints them)");
        }
        return HEX.formatHex(HexFormat.of().parseHex(hex));
    }

    /** A TLS context trusting the certificate with fingerprint {@code pin}, or with none, the system's CAs. */
    public static SSLContext trusting(Optional<String> pin) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager(pin)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot make a TLS context", e);
        }
    }

    static X509ExtendedTrustManager trustManager(Optional<String> pin) throws GeneralSecurityException {
        if (pin.isPresent()) {
            return new Pinned(parse(pin.get()));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("this Java has no X.509 trust manager");
    }

    /** Trusts the pinned certificate whatever its name and issuer, and nothing else. */
    private static final class Pinned extends X509ExtendedTrustManager {
        private final String pin;

        Pinned(String pin) {
            this.pin = pin;
        }

        private void requirePinned(X509Certificate[] chain) throws CertificateException {
            String presented = chain == null || chain.length == 0 ? "none" : of(chain[0]);
            if (!presented.equals(pin)) {
                throw new CertificateException("the server's certificate is not the one pinned: its fingerprint is "
                        + presented + ", not " + pin);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            requirePinned(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            requirePinned(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            requirePinned(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a kiosk takes no client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a kiosk takes no client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a kiosk takes no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
