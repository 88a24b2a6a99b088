package org.hoctap.gateway.ussd;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hoctap.gateway.smpp.SmppLink;
import org.hoctap.gateway.smpp.SubmitFailure;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.text.SmsText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * USSD over the SMPP link: each message from a handset is handled off jSMPP's threads (on virtual
 * threads: many sessions wait on the database at once), and its screen goes back as a submit_sm
 * with the profile's operation, asking (the session goes on) or releasing (the last screen); idle
 * sessions are swept every few seconds.
 */
public final class UssdChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UssdChannel.class);
    private static final long SWEEP_SECONDS = 10;

    private final UssdService service;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ussd-sweep").daemon().factory());
    private volatile SmppLink link;

    public UssdChannel(UssdService service) {
        this.service = service;
        sweeper.scheduleWithFixedDelay(service::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /** The link screens go back on (set once it exists: it is made with this channel's receiver). */
    public void sendVia(SmppLink smppLink) {
        this.link = smppLink;
    }

    void accept(UssdRequest request) {
        workers.execute(() -> {
            try {
                Optional<Screen> screen = service.handle(request);
                if (screen.isPresent()) {
                    send(request, screen.get());
                }
            } catch (RuntimeException e) {
                log.error("USSD from {} failed", PhoneNumbers.maskedForLog(request.msisdn()), e);
            }
        });
    }

    private void send(UssdRequest request, Screen screen) {
        UssdProfile profile = service.profile();
        UssdOperation operation = screen.ends() ? profile.endWith() : profile.continueWith();
        SmppLink l = link;
        if (l == null) {
            log.warn("a USSD screen for {} has no link to go on", PhoneNumbers.maskedForLog(request.msisdn()));
            return;
        }
        try {
            l.submitUssd(request.msisdn(), SmsText.of(screen.text()), profile.serviceType(), operation.code(),
                    request.sessionInfo());
        } catch (SubmitFailure e) {
            log.warn("USSD screen to {} not sent: {}", PhoneNumbers.maskedForLog(request.msisdn()), e.getMessage());
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
