package org.hoctap.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.admin.AdminServer;
import org.hoctap.gateway.inbox.InboundProcessor;
import org.hoctap.gateway.inbox.HouseholdActions;
import org.hoctap.gateway.inbox.Inbox;
import org.hoctap.gateway.officers.FirstOfficer;
import org.hoctap.gateway.officers.web.OfficerWeb;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.outbox.OutboxSender;
import org.hoctap.gateway.outbox.QuietHours;
import org.hoctap.gateway.reminders.ReminderSender;
import org.hoctap.gateway.reminders.web.ReminderRoutes;
import org.hoctap.gateway.smpp.SmppLink;
import org.hoctap.gateway.titles.results.ResultMessages;
import org.hoctap.gateway.titles.results.ResultNotices;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.gateway.titles.web.TitleRoutes;
import org.hoctap.gateway.ussd.UssdChannel;
import org.hoctap.gateway.ussd.UssdReceiver;
import org.hoctap.gateway.ussd.UssdService;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central gateway, assembled: the database, the templates, the inbox (MO store and processing),
 * the outbox sender and the SMPP link. {@link #start()} returns once everything runs; the link binds
 * in the background (and again after every loss). {@link #close()} unbinds, lets the inbox finish what
 * it holds, stops the sender and closes the database.
 *
 * <pre>{@code
 * try (GatewayServer gateway = new GatewayServer(settings)) {
 *     gateway.start();
 *     ...
 * }
 * }</pre>
 */
public final class GatewayServer implements AutoCloseable {
    /** The admin endpoint answers this machine only (a reverse proxy can publish it). */
    private static final String ADMIN_HOST = "127.0.0.1";
    private static final String WEB_HOST = "0.0.0.0";
    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);

    private final GatewaySettings settings;
    private final Clock clock;
    private volatile Database db;
    private volatile Inbox inbox;
    private volatile OutboxSender sender;
    private volatile SmppLink link;
    private volatile AdminServer admin;
    private volatile RuleSets ruleSets;
    private volatile OfficerWeb web;
    private volatile ReminderSender reminders;
    private volatile UssdChannel ussd;
    private boolean closed;

    public GatewayServer(GatewaySettings settings) {
        this(settings, Clock.systemUTC());
    }

    public GatewayServer(GatewaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized GatewayServer start() {
        if (db != null || closed) {
            throw new IllegalStateException("a gateway starts once");
        }
        log.info("starting the gateway with data in {}", settings.dataDir());
        try {
            db = Database.open(settings.databaseFile());
            Templates templates = Templates.loadCreatingOverrideFolder(settings.templatesDir());
            Outbox outbox = new Outbox(settings.folding(), clock, settings.outbox().limits(), QuietHours.VIETNAM);
            ruleSets = RuleSets.loadLeavingOut(settings.rulesDir());
            ruleSets.leftOut().forEach(bad -> log.error("rule file {} left out, and no decision taken until it is "
                    + "fixed (check with ./hoctap titles rules) and the gateway restarted: {}", bad.source(),
                    String.join("; ", bad.problems())));
            InboundProcessor processor = new InboundProcessor(db, templates, outbox, settings.smpp().shortCode(), clock,
                    ruleSets);
            inbox = new Inbox(db, processor, clock, settings.inbox());
            ussd = new UssdChannel(new UssdService(db, templates, new HouseholdActions(templates, ruleSets, clock),
                    settings.ussd(), clock));
            link = new SmppLink(settings.smpp(), new UssdReceiver(inbox.receiver(), ussd, settings.inbox().decoding()));
            ussd.sendVia(link);
            sender = new OutboxSender(db, outbox, link, clock, settings.outbox());
            inbox.start();
            sender.start();
            link.start();
            if (settings.adminPort() != GatewaySettings.NO_ADMIN) {
                SmppLink theLink = link;
                OutboxSender theSender = sender;
                admin = AdminServer.start(db, () -> new AdminServer.LinkState(theLink.isBound(), theLink.reconnects(),
                        theSender.currentRate()), clock, ADMIN_HOST, settings.adminPort());
            }
            reminders = new ReminderSender(db, outbox, templates, clock).start();
            if (settings.webPort() != GatewaySettings.NO_WEB) {
                web = startWeb(templates, outbox);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("gateway started; binding to {}", settings.smpp());
        return this;
    }

    private OfficerWeb startWeb(Templates templates, Outbox outbox) {
        FirstOfficer.ensure(db, Optional.empty(), settings.officerPasswordFile(), clock).ifPresent(secret -> log.info(
                "central web: the first account is '{}', its password in {}", FirstOfficer.LOGIN,
                settings.officerPasswordFile()));
        RuleSets rules = ruleSets;
        ResultNotices notices = new ResultNotices(new ResultMessages(rules, templates), templates, outbox, clock);
        return OfficerWeb.start(db, templates, (router, api) -> {
            new TitleRoutes(db, rules, notices, api, clock).mount(router);
            new ReminderRoutes(db, outbox, templates, settings.outbox().price(), api, clock).mount(router);
        }, clock, WEB_HOST, settings.webPort(), settings.tls());
    }

    /** The central web's port, when it runs. */
    public synchronized OptionalInt webPort() {
        return web == null ? OptionalInt.empty() : OptionalInt.of(web.port());
    }

    /** The gateway's database (open between {@link #start()} and {@link #close()}). */
    public synchronized Database database() {
        if (db == null) {
            throw new IllegalStateException("the gateway is not started");
        }
        return db;
    }

    /** The admin endpoint's port, when it runs. */
    public synchronized OptionalInt adminPort() {
        return admin == null ? OptionalInt.empty() : OptionalInt.of(admin.port());
    }

    public GatewaySettings settings() {
        return settings;
    }

    public boolean isBound() {
        SmppLink l = link;
        return l != null && l.isBound();
    }

    /** Waits until the link is bound; false when {@code timeout} passed first. */
    public boolean awaitBound(Duration timeout) throws InterruptedException {
        SmppLink l;
        synchronized (this) {
            l = link;
        }
        if (l == null) {
            throw new IllegalStateException("the gateway is not started");
        }
        return l.awaitBound(timeout);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (web != null) {
            web.close();
        }
        if (reminders != null) {
            reminders.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (link != null) {
            link.close();
        }
        if (ussd != null) {
            ussd.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        if (sender != null) {
            sender.close();
        }
        if (db != null) {
            db.close();
        }
        log.info("gateway stopped");
    }
}
