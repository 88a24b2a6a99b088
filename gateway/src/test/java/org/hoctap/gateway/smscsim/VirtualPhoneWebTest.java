package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VirtualPhoneWebTest {
    static SmscSimulator smsc;
    static VirtualPhoneWeb web;
    static TestEsme esme;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        smsc = SmscSimulator.start(SmscSimSettings.forTests(SmscSimulatorTest.SYSTEM_ID, SmscSimulatorTest.PASSWORD,
                "8055"));
        web = VirtualPhoneWeb.start(smsc, List.of("0912 345 678", "+84987654321"), "127.0.0.1", 0);
        esme = TestEsme.transceiver(smsc);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (esme != null) {
            esme.close();
        }
        if (web != null) {
            web.close();
        }
        if (smsc != null) {
            smsc.close();
        }
        if (http != null) {
            http.close();
        }
    }

    @Test
    void postedSmsReachesTheEsme() throws Exception {
        HttpResponse<String> response = post(new JsonObject().put("from", "0911111111").put("text", "12").encode());

        assertEquals(202, response.statusCode(), response.body());
        JsonObject body = new JsonObject(response.body());
        assertTrue(body.getBoolean("esmeBound"));
        assertEquals("+84911111111", body.getJsonObject("message").getString("msisdn"));
        DeliverSm mo = esme.next();
        assertEquals("84911111111", mo.getSourceAddr());
        assertEquals("8055", mo.getDestAddress());
        assertEquals("12", new String(mo.getShortMessage(), StandardCharsets.US_ASCII));
    }

    @Test
    void missingFromIsABadRequest() throws Exception {
        assertError(post(new JsonObject().put("text", "12").encode()), "missing_from");
    }

    @Test
    void blankTextIsABadRequest() throws Exception {
        assertError(post(new JsonObject().put("from", "+84912345678").put("text", "  ").encode()), "missing_text");
    }

    @Test
    void numberThatIsNotAPhoneIsABadRequest() throws Exception {
        assertError(post(new JsonObject().put("from", "hello").put("text", "12").encode()), "invalid_from");
    }

    @Test
    void textOverTenSegmentsIsABadRequest() throws Exception {
        HttpResponse<String> response = post(new JsonObject().put("from", "+84912345678")
                .put("text", "đ".repeat(67 * 10 + 1)).encode());
        assertError(response, "text_too_long");
        assertEquals(11, new JsonObject(response.body()).getInteger("segments"));
    }

    @Test
    void bodyThatIsNotJsonIsABadRequest() throws Exception {
        assertError(post("from=1&text=2"), "invalid_json");
    }

    @Test
    void conversationShowsBothDirectionsOldestFirst() throws Exception {
        assertEquals(202, post(new JsonObject().put("from", "+84922222222").put("text", "Tôi đọc sách").encode())
                .statusCode());
        esme.next();
        esme.submitUcs2("84922222222", SmscSimulatorTest.VIETNAMESE);

        HttpResponse<String> response = get("/api/phones/%2B84922222222/messages");

        assertEquals(200, response.statusCode());
        JsonArray messages = new JsonArray(response.body());
        assertEquals(2, messages.size());
        JsonObject mo = messages.getJsonObject(0);
        JsonObject mt = messages.getJsonObject(1);
        assertEquals("MO", mo.getString("direction"));
        assertEquals("Tôi đọc sách", mo.getString("text"));
        assertEquals("MT", mt.getString("direction"));
        assertEquals(SmscSimulatorTest.VIETNAMESE, mt.getString("text"));
        assertEquals("UCS-2", mt.getString("encoding"));
        assertEquals(1, mt.getInteger("segments"));
    }

    @Test
    void phonesListsTheSuggestionsAndTheShortCode() throws Exception {
        JsonObject body = new JsonObject(get("/api/phones").body());
        assertEquals("8055", body.getString("shortCode"));
        assertEquals(new JsonArray(List.of("+84912345678", "+84987654321")), body.getJsonArray("phones"));
    }

    @Test
    void rootServesThePhonePage() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Số điện thoại"));
        assertEquals(200, get("/phone.js").statusCode());
    }

    @Test
    void dialingACodeOpensAUssdSessionAndTheNextTextAnswersIt() throws Exception {
        esme.received.clear();
        HttpResponse<String> answerFirst = postTo("/api/ussd", new JsonObject().put("from", "+84933333333")
                .put("text", "1").encode());
        assertEquals(409, answerFirst.statusCode());
        assertEquals("no_ussd_session", new JsonObject(answerFirst.body()).getString("error"));

        assertEquals(202, postTo("/api/ussd", new JsonObject().put("from", "+84933333333").put("text", "*123#")
                .encode()).statusCode());
        DeliverSm dial = esme.next();
        assertEquals(1, ((OptionalParameter.Byte) dial.getOptionalParameter(OptionalParameter.Tag.USSD_SERVICE_OP))
                .getValue());
        short session = ((OptionalParameter.Short) dial.getOptionalParameter(OptionalParameter.Tag.ITS_SESSION_INFO))
                .getValue();
        assertEquals("*123#", new String(dial.getShortMessage(), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("true", get("/api/phones/%2B84933333333/messages").headers().firstValue("X-Ussd-Open").orElse(""));

        assertEquals(202, postTo("/api/ussd", new JsonObject().put("from", "+84933333333").put("text", "2").encode())
                .statusCode());
        DeliverSm answer = esme.next();
        assertEquals(18, ((OptionalParameter.Byte) answer.getOptionalParameter(OptionalParameter.Tag.USSD_SERVICE_OP))
                .getValue());
        assertEquals(session, ((OptionalParameter.Short) answer.getOptionalParameter(
                OptionalParameter.Tag.ITS_SESSION_INFO)).getValue());

        assertEquals(200, postTo("/api/ussd/cancel", new JsonObject().put("from", "+84933333333").encode())
                .statusCode());
        DeliverSm release = esme.next();
        assertEquals(17, ((OptionalParameter.Byte) release.getOptionalParameter(OptionalParameter.Tag.USSD_SERVICE_OP))
                .getValue());
        assertEquals("false", get("/api/phones/%2B84933333333/messages").headers().firstValue("X-Ussd-Open").orElse(""));
    }

    private static HttpResponse<String> postTo(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/sms")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    private static void assertError(HttpResponse<String> response, String code) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = new JsonObject(response.body());
        assertEquals(code, body.getString("error"));
        assertTrue(!body.getString("message").isBlank());
    }
}
