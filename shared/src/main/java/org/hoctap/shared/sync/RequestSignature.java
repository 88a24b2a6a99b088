package org.hoctap.shared.sync;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a kiosk signs its sync requests and the central server checks them: HMAC-SHA256 with the
 * device's own secret over the method, the path and the SHA-256 of the body, sent as
 * {@code Authorization: Hoctap-Device id="…", signature="…"}. The sync requests are idempotent, so a
 * replayed request changes nothing; what the signature keeps out is anyone without the secret.
 */
public final class RequestSignature {
    public static final String HEADER = "Authorization";
    private static final String SCHEME = "Hoctap-Device";
    private static final Pattern VALUE = Pattern.compile(
            SCHEME + " id=\"([0-9a-fA-F-]{36})\", signature=\"([A-Za-z0-9_-]{43})\"");

    /** A device's claim, read from the header. */
    public record Claim(String deviceId, String signature) {
    }

    private RequestSignature() {
    }

    /** The header value for a request. */
    public static String header(String deviceId, String secret, String method, String path, byte[] body) {
        return SCHEME + " id=\"" + deviceId + "\", signature=\"" + sign(secret, method, path, body) + "\"";
    }

    /** The claim in a header value, or empty when it is none of ours. */
    public static Optional<Claim> read(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(header.strip());
        return m.matches() ? Optional.of(new Claim(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2)))
                : Optional.empty();
    }

    /** Whether {@code claim} was made with {@code secret} for this request (compared in constant time). */
    public static boolean verifies(Claim claim, String secret, String method, String path, byte[] body) {
        byte[] expected = sign(secret, method, path, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, claim.signature().getBytes(StandardCharsets.US_ASCII));
    }

    static String sign(String secret, String method, String path, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            String bodyHash = Sha256.hex(body);
            byte[] signed = mac.doFinal((method + "\n" + path + "\n" + bodyHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
