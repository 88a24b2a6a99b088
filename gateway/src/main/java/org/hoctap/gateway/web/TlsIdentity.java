package org.hoctap.gateway.web;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hoctap.shared.net.CertificatePin;

/**
 * The certificate and private key (PEM files) the central web and the kiosks' sync endpoint present
 * over HTTPS: made by {@code hoctap-setup server} (self-signed) or given by the province.
 *
 * @param fingerprint the certificate's SHA-256 fingerprint, which kiosks pin when they enrol
 */
public record TlsIdentity(Path certificate, Path privateKey, String fingerprint) {
    /**
     * Reads the certificate's fingerprint and checks that the key can be read.
     *
     * @throws IllegalArgumentException naming the file that is missing, unreadable or holds no certificate
     */
    public static TlsIdentity of(Path certificate, Path privateKey) {
        for (Path file : new Path[] {certificate, privateKey}) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file + (Files.exists(file)
                        ? " (its permissions keep this user out)" : " (no such file)"));
            }
        }
        try {
            return new TlsIdentity(certificate, privateKey, CertificatePin.of(certificate));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    HttpServerOptions serverOptions() {
        return new HttpServerOptions().setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                .setCertPath(certificate.toString()).setKeyPath(privateKey.toString()));
    }
}
