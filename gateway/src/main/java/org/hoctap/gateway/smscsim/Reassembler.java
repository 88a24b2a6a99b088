package org.hoctap.gateway.smscsim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the parts of a concatenated MT into one message. Parts are grouped by handset, sender,
 * reference and total. A group still missing parts after {@code maxAge} is given up as it is, with
 * "[…]" for each missing part, so that nothing the ESME sent disappears from the conversation.
 */
final class Reassembler {
    static final String MISSING = "[…]";
    static final int MAX_GROUPS = 10_000;

    /** One part as received. */
    record Part(int sequence, String text, String messageId) {
    }

    /**
     * A whole message (or what arrived of it).
     *
     * @param parts the parts in order; a missing part is absent
     */
    record Joined(String msisdn, String sender, byte dataCoding, String encoding, int total, List<Part> parts) {

        String text() {
            StringBuilder text = new StringBuilder();
            int expected = 1;
            for (Part part : parts) {
                for (; expected < part.sequence(); expected++) {
                    text.append(MISSING);
                }
                text.append(part.text());
                expected = part.sequence() + 1;
            }
            for (; expected <= total; expected++) {
                text.append(MISSING);
            }
            return text.toString();
        }

        List<String> messageIds() {
            return parts.stream().map(Part::messageId).toList();
        }
    }

    private record Key(String msisdn, String sender, int reference, int total) {
    }

    private static final class Group {
        final long startedNanos = System.nanoTime();
        final TreeMap<Integer, Part> parts = new TreeMap<>();
        byte dataCoding;
        String encoding;
    }

    private final long maxAgeNanos;
    private final Map<Key, Group> groups = new LinkedHashMap<>();

    Reassembler(Duration maxAge) {
        this.maxAgeNanos = maxAge.toNanos();
    }

    /**
     * Adds a part; returns the whole message when this part completed it, and with it every group
     * that waited too long (those go out incomplete).
     */
    synchronized List<Joined> add(String msisdn, String sender, Concatenation concat, byte dataCoding,
            String encoding, String text, String messageId) {
        List<Joined> out = new ArrayList<>(expired());
        Key key = new Key(msisdn, sender, concat.reference(), concat.total());
        Group group = groups.computeIfAbsent(key, k -> new Group());
        group.dataCoding = dataCoding;
        group.encoding = encoding;
        group.parts.put(concat.sequence(), new Part(concat.sequence(), text, messageId));
        if (group.parts.size() == concat.total()) {
            groups.remove(key);
            out.add(joined(key, group));
        } else if (groups.size() > MAX_GROUPS) {
            Iterator<Map.Entry<Key, Group>> oldest = groups.entrySet().iterator();
            Map.Entry<Key, Group> e = oldest.next();
            oldest.remove();
            out.add(joined(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The groups that waited longer than the limit, now given up. */
    synchronized List<Joined> expired() {
        long now = System.nanoTime();
        List<Joined> out = new ArrayList<>();
        Iterator<Map.Entry<Key, Group>> it = groups.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Group> e = it.next();
            if (now - e.getValue().startedNanos > maxAgeNanos) {
                it.remove();
                out.add(joined(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private static Joined joined(Key key, Group group) {
        return new Joined(key.msisdn(), key.sender(), group.dataCoding, group.encoding, key.total(),
                List.copyOf(group.parts.values()));
    }
}
