package org.hoctap.gateway.smscsim;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.extra.ProcessRequestException;

/**
 * What the simulator does wrong with submit_sm, on demand, the way real SMSCs do: answers slowly,
 * throttles above a rate, refuses the next few with a chosen status. Also counts what it saw, so
 * tests can check the gateway kept several submits in flight. Safe to change while running.
 */
public final class SubmitFaults {
    private volatile Duration latency = Duration.ZERO;
    private volatile int maxPerSecond = Integer.MAX_VALUE;
    private final AtomicInteger refuseNext = new AtomicInteger();
    private volatile int refuseStatus = SMPPConstant.STAT_ESME_RSYSERR;
    private final AtomicLong windowStart = new AtomicLong();
    private final AtomicInteger inWindow = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    /** Every submit_sm_resp waits this long. */
    public SubmitFaults latency(Duration wait) {
        latency = wait;
        return this;
    }

    /** Above this many submit_sm in a second, answer ESME_RTHROTTLED (0x58). */
    public SubmitFaults throttleAbove(int perSecond) {
        maxPerSecond = perSecond;
        return this;
    }

    /** Refuse the next {@code count} submit_sm with {@code commandStatus}. */
    public SubmitFaults refuseNext(int count, int commandStatus) {
        refuseStatus = commandStatus;
        refuseNext.set(count);
        return this;
    }

    /** How many submit_sm were refused with ESME_RTHROTTLED. */
    public int throttledCount() {
        return throttled.get();
    }

    /** The most submit_sm the simulator was handling at once. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** Runs before a submit_sm is taken: waits, or refuses it as set. */
    void before() throws ProcessRequestException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Duration wait = latency;
            if (!wait.isZero()) {
                Thread.sleep(wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
        if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ProcessRequestException("refused on demand", refuseStatus);
        }
        if (overRate()) {
            throttled.incrementAndGet();
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
    }

    private boolean overRate() {
        int limit = maxPerSecond;
        if (limit == Integer.MAX_VALUE) {
            return false;
        }
        long second = System.nanoTime() / 1_000_000_000L;
        long start = windowStart.get();
        if (start != second && windowStart.compareAndSet(start, second)) {
            inWindow.set(0);
        }
        return inWindow.incrementAndGet() > limit;
    }
}
