// ecr simulate's screen. The server pushes the whole screen ("state") after every change and each
// frame on the wire ("frame"); the buttons POST to /api with the page's token. No library.
"use strict";

(function () {
  const token = document.querySelector('meta[name="ecr-ui-token"]').content;
  const MAX_FRAMES = 300;

  const $ = (id) => document.getElementById(id);
  const cards = new Map(); // merchant_order_no -> card element, kept so choices survive updates
  let clockOffset = 0; // server time minus browser time
  let declineCodes = [];
  let lastSequence = 0;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    children.forEach((child) => node.append(child));
    return node;
  }

  function time(millis) {
    return new Date(millis).toLocaleTimeString([], { hour12: false });
  }

  function elapsed(since) {
    const seconds = Math.max(0, Math.floor((Date.now() + clockOffset - since) / 1000));
    return seconds < 60 ? seconds + " s" : Math.floor(seconds / 60) + " min " + (seconds % 60) + " s";
  }

  function showProblem(text) {
    const problem = $("problem");
    problem.textContent = text;
    problem.hidden = !text;
  }

  async function post(path, body) {
    try {
      const response = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Ecr-Ui-Token": token },
        body: JSON.stringify(body),
      });
      const answer = await response.json();
      if (!response.ok) {
        const why = answer.violations
          ? answer.violations.map((v) => v.field + " " + v.message).join("; ")
          : answer.reason;
        showProblem(why || "the simulator refused: " + response.status);
      } else {
        showProblem("");
      }
    } catch (failure) {
      showProblem("the simulator cannot be reached: " + failure);
    }
  }

  function decide(number, decision, extra) {
    post("/api/decision", Object.assign({ merchant_order_no: number, decision: decision }, extra));
  }

  // --- an order in progress: its facts and the buttons that decide it

  function button(text, className, onClick) {
    const node = el("button", { type: "button", text: text });
    if (className) node.className = className;
    node.addEventListener("click", onClick);
    return node;
  }

  function newCard(number) {
    const card = el("article", { class: "order", "aria-label": "Order " + number });
    card.append(el("h3", { text: "Order " + number }), el("p", { class: "pos" }), el("dl"));

    const codes = el("select", { "aria-label": "Decline code for " + number });
    const declineButton = button("Decline", "decline", () =>
      decide(number, "decline", { code: codes.value }));
    codes.addEventListener("change", () => (declineButton.textContent = "Decline " + codes.value));
    const seconds = el("input", {
      type: "number", min: "0", max: "3600", value: "5", "aria-label": "Seconds for " + number,
    });

    const buttons = el("div", { class: "buttons", role: "group", "aria-label": "Decide order " + number });
    buttons.append(
      button("Approve", "approve", () => decide(number, "approve")),
      el("span", { class: "pair" }, codes, declineButton),
      button("Operator cancel", null, () => decide(number, "operator-cancel")),
      button("Read-card timeout", null, () => decide(number, "read-card-timeout")),
      button("QR timeout", null, () => decide(number, "qr-timeout")),
      button("Stay silent", null, () => decide(number, "stay-silent")),
      button("Result unknown, then complete", null, () =>
        decide(number, "result-unknown-then-complete")),
      button("Drop the connection", null, () => decide(number, "drop-connection")),
      el("span", { class: "pair" },
        button("Complete after", null, () =>
          decide(number, "complete-after", { seconds: Number(seconds.value) })),
        seconds, el("span", { text: "s" })));
    card.append(buttons);
    card.codes = codes;
    card.declineButton = declineButton;
    return card;
  }

  function fillCodes(card) {
    if (card.codes.options.length === declineCodes.length) return;
    card.codes.replaceChildren(...declineCodes.map((code) =>
      el("option", { value: code.code, text: code.code + " " + code.text })));
    card.codes.value = declineCodes.some((code) => code.code === "115") ? "115" : declineCodes[0].code;
    card.declineButton.textContent = "Decline " + card.codes.value;
  }

  function facts(order) {
    const rows = [["Type", order.type_label + " (" + order.trans_type + ")"], ["Amount", order.order_amount]];
    if (order.tip_amount) rows.push(["Tip", order.tip_amount]);
    if (order.cashback_amount) rows.push(["Cashback", order.cashback_amount]);
    if (order.orig_merchant_order_no) rows.push(["Original", order.orig_merchant_order_no]);
    order.forecourt_data.forEach((line, index) =>
      rows.push(["Fuel " + (index + 1), line.product_code + ": " + line.quantity + " l, " + line.amount]));
    rows.push(["Order no", order.merchant_order_no]);
    rows.push(["Elapsed", null]);
    rows.push(["Next", order.plan || "arriving"]);
    const list = [];
    rows.forEach(([name, value]) => {
      const dd = el("dd", { text: value === null ? elapsed(order.received_at) : value });
      if (value === null) {
        dd.className = "elapsed";
        dd.dataset.since = order.received_at;
      }
      if (name === "Next") dd.className = "plan";
      list.push(el("dt", { text: name }), dd);
    });
    return list;
  }

  function drawOrders(state) {
    const connections = new Map(state.connections.map((c) => [c.id, c]));
    const inProgress = state.orders.filter((order) => order.status === "0").reverse();
    const shown = new Set();
    const container = $("orders");
    inProgress.forEach((order) => {
      const number = order.merchant_order_no;
      shown.add(number);
      let card = cards.get(number);
      if (!card) {
        card = newCard(number);
        cards.set(number, card);
      }
      fillCodes(card);
      const pos = connections.get(order.connection_id);
      card.querySelector(".pos").textContent = pos
        ? "POS " + pos.id + " — " + pos.remote_address + ", connected " + time(pos.opened_at)
        : "POS " + order.connection_id + " — connection closed";
      card.classList.toggle("disconnected", !order.connection_open);
      card.querySelector("dl").replaceChildren(...facts(order));
      container.append(card); // keeps the arrival order
    });
    for (const [number, card] of cards) {
      if (!shown.has(number)) {
        card.remove();
        cards.delete(number);
      }
    }
    const busy = new Set(inProgress.map((order) => order.connection_id));
    $("idle-pos").replaceChildren(...state.connections
      .filter((c) => !busy.has(c.id))
      .map((c) => el("li", { text: "POS " + c.id + " — " + c.remote_address + ", connected " + time(c.opened_at) + ": idle" })));
    $("no-pos").hidden = inProgress.length > 0 || state.connections.length > 0;
  }

  function drawLedger(state) {
    const rows = state.orders.map((order) => {
      const against = order.follow_ups
        .map((f) => f.type_label + " " + f.merchant_order_no + " " + f.order_amount + " (" + f.status_label + ")")
        .join(", ");
      const status = el("td", { text: order.status_label + " (" + order.status + ")" });
      status.className = "status-" + order.status_label.split(" ")[0];
      const row = el("tr", { "data-order": order.merchant_order_no },
        el("th", { scope: "row", text: order.merchant_order_no }),
        el("td", { text: order.type_label }),
        el("td", { text: order.order_amount }),
        status,
        el("td", { text: against }),
        el("td", { text: order.orig_merchant_order_no || "" }),
        el("td", { text: order.trans_no }),
        el("td", { text: order.connection_id }),
        el("td", { text: time(order.received_at) }));
      return row;
    });
    $("ledger").tBodies[0].replaceChildren(...rows);
  }

  function drawState(state) {
    clockOffset = state.taken_at - Date.now();
    declineCodes = state.decline_codes;
    $("manual-mode").checked = state.manual_mode;
    drawOrders(state);
    drawLedger(state);
  }

  // --- the frame log

  const DIRECTION = {
    received: "POS → terminal", sent: "terminal → POS", opened: "connected", closed: "closed",
  };

  function frameItem(frame) {
    const meta = time(frame.at) + "  " + DIRECTION[frame.kind] + "  " + frame.connection_id +
      (frame.binary ? "  (binary)" : "") + "  #" + frame.sequence;
    const item = el("li", { class: frame.kind }, el("div", { class: "meta", text: meta }));
    item.append(el("pre", { text: frame.pretty }));
    return item;
  }

  function addFrame(frame) {
    if (frame.sequence <= lastSequence) return;
    lastSequence = frame.sequence;
    const list = $("frames");
    list.prepend(frameItem(frame)); // newest first
    while (list.children.length > MAX_FRAMES) list.lastElementChild.remove();
  }

  // --- the live channel

  function connect() {
    const events = new EventSource("/events?token=" + encodeURIComponent(token));
    events.addEventListener("open", () => {
      $("live").textContent = "live";
      $("live").className = "live on";
    });
    events.addEventListener("error", () => {
      $("live").textContent = "reconnecting…";
      $("live").className = "live off";
    });
    events.addEventListener("state", (event) => drawState(JSON.parse(event.data)));
    events.addEventListener("frames", (event) => {
      $("frames").replaceChildren();
      lastSequence = 0;
      JSON.parse(event.data).frames.forEach(addFrame);
    });
    events.addEventListener("frame", (event) => addFrame(JSON.parse(event.data)));
  }

  $("manual-mode").addEventListener("change", (event) =>
    post("/api/manual-mode", { on: event.target.checked }));

  // the elapsed times tick in the page; the server is not asked for them
  setInterval(() => {
    document.querySelectorAll(".elapsed").forEach((dd) => (dd.textContent = elapsed(Number(dd.dataset.since))));
  }, 1000);

  connect();
})();
