package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;

/** A real jSMPP ESME for the tests: binds on loopback and keeps what the simulator delivers. */
final class TestEsme implements AutoCloseable, MessageReceiverListener {
    static final Duration WAIT = Duration.ofSeconds(5);

    final SMPPSession session = new SMPPSession();
    final BlockingQueue<DeliverSm> received = new LinkedBlockingQueue<>();
    final AtomicInteger refuseNext = new AtomicInteger();
    final CountDownLatch closed = new CountDownLatch(1);

    private TestEsme() {
        session.setMessageReceiverListener(this);
        session.addSessionStateListener((newState, oldState, source) -> {
            if (newState == SessionState.CLOSED) {
                closed.countDown();
            }
        });
    }

    static TestEsme bind(int port, String systemId, String password, BindType type) throws IOException {
        TestEsme esme = new TestEsme();
        esme.session.connectAndBind("127.0.0.1", port, new BindParameter(type, systemId, password, "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), WAIT.toMillis());
        return esme;
    }

    static TestEsme transceiver(SmscSimulator smsc) throws IOException {
        return bind(smsc.port(), SmscSimulatorTest.SYSTEM_ID, SmscSimulatorTest.PASSWORD, BindType.BIND_TRX);
    }

    /** The next deliver_sm, failing the test when none comes in time. */
    DeliverSm next() throws InterruptedException {
        DeliverSm deliverSm = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(deliverSm, "no deliver_sm within " + WAIT);
        return deliverSm;
    }

    SubmitSmResult submitUcs2(String toInternational, String text) throws Exception {
        return submit(toInternational, (byte) 8, new ESMClass(), new RegisteredDelivery(),
                text.getBytes(StandardCharsets.UTF_16BE));
    }

    SubmitSmResult submit(String toInternational, byte dataCoding, ESMClass esmClass, RegisteredDelivery delivery,
            byte[] body) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "8055",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, toInternational, esmClass, (byte) 0,
                (byte) 1, null, null, delivery, (byte) 0, DataCodings.newInstance(dataCoding), (byte) 0, body);
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ProcessRequestException("test refuses", SMPPConstant.STAT_ESME_RX_T_APPN);
        }
        received.add(deliverSm);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void close() {
        if (session.getSessionState().isBound()) {
            session.unbindAndClose();
        } else {
            session.close();
        }
    }
}
