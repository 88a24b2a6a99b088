// The virtual phone: texts the short code through the SMSC simulator and shows the conversation.
(function () {
  "use strict";

  var GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  var GSM_EXTENDED = "\f^{}\\[~]|€";
  var STATUS = { QUEUED: "Đang chờ gửi", DELIVERED: "Đã gửi", FAILED: "Không gửi được" };
  var ERRORS = {
    missing_from: "Hãy nhập số điện thoại.",
    invalid_from: "Số điện thoại không hợp lệ.",
    missing_text: "Hãy nhập tin nhắn.",
    invalid_json: "Yêu cầu không hợp lệ.",
    network: "Không kết nối được với máy chủ mô phỏng."
  };
  var STORAGE_KEY = "virtual-phone.from";

  var fromInput = document.getElementById("from");
  var phonesList = document.getElementById("phones");
  var toLabel = document.getElementById("to-label");
  var linkLabel = document.getElementById("link");
  var list = document.getElementById("messages");
  var ussdBar = document.getElementById("ussd");
  var ussdOpen = false;
  var form = document.getElementById("compose");
  var textInput = document.getElementById("text");
  var sendButton = document.getElementById("send");
  var counter = document.getElementById("counter");
  var errorBox = document.getElementById("error");

  var maxSegments = 10;
  var lastRendered = "";
  var polling = false;

  function segmentsOf(text) {
    var gsm = true;
    var septets = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) >= 0) {
        septets += 1;
      } else if (GSM_EXTENDED.indexOf(c) >= 0) {
        septets += 2;
      } else {
        gsm = false;
        break;
      }
    }
    if (gsm) {
      return { encoding: "GSM-7", count: septets <= 160 ? 1 : Math.ceil(septets / 153) };
    }
    return { encoding: "UCS-2", count: text.length <= 70 ? 1 : Math.ceil(text.length / 67) };
  }

  function updateCounter() {
    var text = textInput.value;
    if (!text) {
      counter.textContent = "";
      return;
    }
    var s = segmentsOf(text);
    counter.textContent = text.length + " ký tự · " + s.count + " tin · " + s.encoding +
      (s.count > maxSegments ? " — quá dài (tối đa " + maxSegments + " tin)" : "");
  }

  function time(iso) {
    var d = new Date(iso);
    var hh = String(d.getHours()).padStart(2, "0");
    var mm = String(d.getMinutes()).padStart(2, "0");
    return hh + ":" + mm;
  }

  function render(messages) {
    var key = JSON.stringify(messages);
    if (key === lastRendered) {
      return;
    }
    var stickToBottom = lastRendered === "" || list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    lastRendered = key;
    list.textContent = "";
    if (messages.length === 0) {
      var empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = "Chưa có tin nhắn.";
      list.appendChild(empty);
      return;
    }
    messages.forEach(function (m) {
      var item = document.createElement("li");
      var mo = m.direction === "MO";
      item.className = "msg " + (mo ? "mo" : "mt") + (m.status === "FAILED" ? " failed" : "") + (m.ussd ? " ussd" : "");
      item.appendChild(document.createTextNode(m.text));
      var meta = document.createElement("span");
      meta.className = "meta";
      var parts = [time(m.at)];
      if (m.ussd) {
        parts.push(mo ? "USSD" : "USSD" + (m.ussd.ends ? " · kết thúc" : " · trả lời bằng số"));
      } else if (mo) {
        parts.push(STATUS[m.status] || m.status);
      } else {
        parts.push("từ " + m.peer, m.encoding, m.segments + " tin");
      }
      meta.textContent = parts.join(" · ");
      item.appendChild(meta);
      list.appendChild(item);
    });
    if (stickToBottom) {
      list.scrollTop = list.scrollHeight;
    }
  }

  function currentNumber() {
    return fromInput.value.trim();
  }

  function showError(code, body) {
    if (code === "text_too_long" && body) {
      errorBox.textContent = "Tin nhắn quá dài: cần " + body.segments + " tin, tối đa " + body.maxSegments + " tin.";
    } else {
      errorBox.textContent = ERRORS[code] || (body && body.message) || ERRORS.network;
    }
  }

  function getJson(url) {
    return fetch(url, { cache: "no-store" }).then(function (r) {
      return r.json().then(function (body) {
        return { ok: r.ok, body: body };
      });
    });
  }

  function poll() {
    if (polling) {
      return;
    }
    polling = true;
    var number = currentNumber();
    var requests = [getJson("api/status").then(function (r) {
      if (r.ok) {
        linkLabel.textContent = r.body.esmeBound ? "Tổng đài đã kết nối" : "Hệ thống chưa kết nối — tin sẽ chờ gửi";
        linkLabel.classList.toggle("down", !r.body.esmeBound);
      }
    })];
    if (number.replace(/\D/g, "").length >= 8) {
      requests.push(fetch("api/phones/" + encodeURIComponent(number) + "/messages", { cache: "no-store" }).then(function (r) {
        ussdOpen = r.headers.get("X-Ussd-Open") === "true";
        ussdBar.hidden = !ussdOpen;
        return r.json().then(function (body) {
          if (r.ok) {
            render(body);
          }
        });
      }));
    } else {
      render([]);
    }
    Promise.all(requests).catch(function () {
      linkLabel.textContent = ERRORS.network;
      linkLabel.classList.add("down");
    }).then(function () {
      polling = false;
    });
  }

  function send(event) {
    event.preventDefault();
    errorBox.textContent = "";
    var number = currentNumber();
    var text = textInput.value;
    if (!number) {
      showError("missing_from");
      return;
    }
    if (!text.trim()) {
      showError("missing_text");
      return;
    }
    sendButton.disabled = true;
    // A code such as *123# dials USSD; while a USSD session is open, what is typed answers its screen.
    var ussd = /^\*[0-9*]+#$/.test(text.trim()) || ussdOpen;
    fetch(ussd ? "api/ussd" : "api/sms", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ from: number, text: text })
    }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          showError(body.error, body);
          return;
        }
        textInput.value = "";
        updateCounter();
        try { localStorage.setItem(STORAGE_KEY, number); } catch (e) { /* private mode */ }
        poll();
      });
    }).catch(function () {
      showError("network");
    }).then(function () {
      sendButton.disabled = false;
      textInput.focus();
    });
  }

  function cancelUssd() {
    fetch("api/ussd/cancel", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ from: currentNumber() })
    }).then(poll, function () { showError("network"); });
  }

  function start() {
    document.getElementById("ussd-cancel").addEventListener("click", cancelUssd);
    getJson("api/phones").then(function (r) {
      if (!r.ok) {
        return;
      }
      toLabel.textContent = "đến tổng đài " + r.body.shortCode;
      maxSegments = r.body.maxSegments || maxSegments;
      r.body.phones.forEach(function (p) {
        var option = document.createElement("option");
        option.value = p;
        phonesList.appendChild(option);
      });
      var saved = null;
      try { saved = localStorage.getItem(STORAGE_KEY); } catch (e) { /* private mode */ }
      if (!fromInput.value) {
        fromInput.value = saved || r.body.phones[0] || "";
      }
      poll();
    }).catch(function () {
      showError("network");
    });
    form.addEventListener("submit", send);
    textInput.addEventListener("input", updateCounter);
    textInput.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) {
        send(e);
      }
    });
    fromInput.addEventListener("change", function () {
      lastRendered = "";
      poll();
    });
    setInterval(poll, 1000);
  }

  start();
}());
