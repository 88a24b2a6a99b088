package org.hoctap.gateway.outbox;

import java.time.Instant;
import java.util.Optional;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsEncoding;

/**
 * An SMS to a handset, as queued: the final text (folded when that was allowed and cheaper), its
 * encoding and segment count, and how sending went.
 */
public record OutboundMessage(
        String id,
        String recipient,
        String text,
        String template,
        Language language,
        SmsEncoding encoding,
        int segments,
        Optional<String> inReplyTo,
        OutboundState state,
        int attempts,
        Optional<String> smscMessageId,
        Instant createdAt,
        Optional<Instant> sentAt,
        Optional<String> lastError) {
}
