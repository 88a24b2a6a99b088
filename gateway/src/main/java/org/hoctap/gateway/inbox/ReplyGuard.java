package org.hoctap.gateway.inbox;

/**
 * Keeps us out of reply loops with other automated senders: we answer only a sender that looks like
 * a handset's number (optionally '+', then at least {@value #MIN_DIGITS} digits and nothing else),
 * and never our own short code. Alphanumeric senders (operators' and brands' names) and short codes
 * get no answer, whatever they send.
 */
public final class ReplyGuard {
    static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 15;

    private ReplyGuard() {
    }

    public static boolean mayReply(String sender, String ourShortCode) {
        String digits = sender.startsWith("+") ? sender.substring(1) : sender;
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return false;
        }
        if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        return !digits.equals(ourShortCode) && !sender.equals(ourShortCode);
    }
}
