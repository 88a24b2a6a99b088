package org.hoctap.shared.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate and its key made with openssl, as the server set-up makes one, for a
 * name that is not the address the tests connect to (so that only a pinned trust can accept it).
 */
public record SelfSignedCertificate(Path certificate, Path privateKey) {
    public static SelfSignedCertificate in(Path dir, String name) throws IOException, InterruptedException {
        Path certificate = dir.resolve(name + ".crt");
        Path key = dir.resolve(name + ".key");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30", "-subj", "/CN=" + name, "-addext",
                "subjectAltName=DNS:" + name, "-keyout", key.toString(), "-out", certificate.toString())
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
            throw new IOException("openssl could not make a certificate (provisioning/dev/install-test-tools installs "
                    + "it): " + output);
        }
        return new SelfSignedCertificate(certificate, key);
    }

    /** The fingerprint as openssl prints it: {@code sha256 Fingerprint=AB:CD:…}. */
    public String opensslFingerprint() throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in",
                certificate.toString()).redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        openssl.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
