/* policykg explore: asks the local app for data and draws it with the shared view (view.js).
 *
 * Every request goes to this page's own origin with the token (read from the page's URL) in an
 * Authorization header.  Every string from the graph is shown with textContent or drawn on the
 * canvas, as in the offline views.  window.policykgView is the shared view object.
 */
(function () {
  "use strict";

  var el = window.PolicyKG.el;
  var boot = JSON.parse(document.getElementById("policykg-explore").textContent);
  var token = new URLSearchParams(window.location.search).get("token") || "";
  var status = document.getElementById("pk-status");
  var view = window.PolicyKG.create(boot.payload, { onExpand: expand });
  window.policykgView = view;
  view.busy = 0;

  function say(text) { status.textContent = text || ""; }

  function call(method, path, body) {
    var options = { method: method, headers: { "Authorization": "token " + token }, credentials: "omit" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    view.busy++;
    return fetch(path, options).then(function (response) {
      var type = response.headers.get("content-type") || "";
      var read = type.indexOf("application/json") === 0 ? response.json() : response.text();
      return read.then(function (data) {
        if (!response.ok) { throw new Error(data && data.error ? data.error : "HTTP " + response.status); }
        return data;
      });
    }).finally(function () { view.busy--; });
  }
  function fail(error) { say(error.message); }

  function stats(result) {
    var events = Object.keys(view.records).filter(function (id) { return view.records[id].shape === "diamond"; });
    var text = Object.keys(view.records).length + " nodes, " + events.length + " events drawn";
    if (result && result.total > result.shown) {
      text += " (last step: the " + result.shown + " best-sourced of " + result.total + " events)";
    }
    document.getElementById("pk-stats").textContent = text;
  }

  // ------------------------------------------------------------ search -> neighbourhood
  function search(text) {
    say("searching\u2026");
    return call("GET", "/api/search?q=" + encodeURIComponent(text)).then(function (data) {
      var box = document.getElementById("pk-results");
      box.textContent = "";
      data.matches.forEach(function (m) {
        var button = el("button", "pk-result", m.name + " \u00b7 " + m.type + " \u00b7 " + m.events + " events");
        button.type = "button";
        button.title = m.names.join(" / ");
        button.dataset.id = m.id;
        button.addEventListener("click", function () { start(m.id); });
        box.appendChild(button);
      });
      say(data.matches.length ? "" : "no entity matches");
      return data.matches;
    }).catch(fail);
  }
  function start(id) {
    say("drawing\u2026");
    return call("GET", "/api/around?entity=" + encodeURIComponent(id)).then(function (data) {
      view.clear();
      view.add(data);
      view.fit();
      view.focusNode(id);
      stats(data); say("");
    }).catch(fail);
  }
  document.getElementById("pk-find-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("pk-find").value.trim();
    if (text) { search(text); }
  });

  // ------------------------------------------------------------ expand (double-click, panel button)
  function expand(id) {
    var rec = view.records[id];
    if (!rec) { return Promise.resolve(); }
    var request = rec.shape === "diamond"
      ? call("POST", "/api/events", { events: [id].concat(rec.info.history.map(function (h) { return h.id; })) })
      : call("GET", "/api/around?entity=" + encodeURIComponent(id));
    say("expanding\u2026");
    return request.then(function (data) {
      var added = view.add(data, id);
      stats(data);
      say(added.length + " new nodes");
    }).catch(fail);
  }
  view.expand = expand;

  // ------------------------------------------------------------ canned queries
  var select = document.getElementById("pk-query-name");
  var paramsBox = document.getElementById("pk-query-params");
  boot.queries.forEach(function (q) {
    var option = el("option", null, q.name);
    option.value = q.name;
    select.appendChild(option);
  });
  function showForm() {
    var q = boot.queries.filter(function (x) { return x.name === select.value; })[0];
    document.getElementById("pk-query-desc").textContent = q ? q.description : "";
    paramsBox.textContent = "";
    (q ? q.params : []).forEach(function (p) {
      var label = el("label", null, p.name + " (" + p.type + (p.required ? ", required" : "") + ")");
      var input = el("input");
      input.name = p.name;
      input.value = p.default;
      input.placeholder = p.type === "date" ? "2025-11-01" : p.type === "list" ? "a,b,c" : "";
      label.appendChild(input);
      paramsBox.appendChild(label);
    });
  }
  select.addEventListener("change", showForm);
  showForm();
  function runQuery(name, params) {
    say("running " + name + "\u2026");
    return call("POST", "/api/query", { name: name, params: params }).then(function (data) {
      view.clear();
      view.add(data);
      view.fit();
      stats(data);
      showRows(name, data);
      say(name + ": " + data.n_rows + " rows");
      return data;
    }).catch(fail);
  }
  view.runQuery = runQuery;
  document.getElementById("pk-query-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var params = {};
    Array.prototype.forEach.call(paramsBox.querySelectorAll("input"), function (input) { params[input.name] = input.value; });
    runQuery(select.value, params);
  });
  function showRows(name, data) {
    var box = document.getElementById("pk-rows");
    box.textContent = "";
    box.appendChild(el("h2", null, name + ": " + data.n_rows + " rows" + (data.n_rows > data.table.rows.length ? " (first " + data.table.rows.length + ")" : "")));
    var table = el("table"), head = el("tr");
    data.table.columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var body = el("tbody");
    data.table.rows.forEach(function (row) {
      var tr = el("tr");
      row.forEach(function (cell) { tr.appendChild(el("td", null, cell)); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
    box.hidden = false;
  }

  // ------------------------------------------------------------ export, clear
  function exportView() {
    var events = Object.keys(view.records).filter(function (id) {
      return view.records[id].shape === "diamond" && !view.nodes.get(id).hidden;
    });
    if (!events.length) { say("nothing to export"); return Promise.resolve(); }
    say("exporting\u2026");
    return call("POST", "/api/export", { events: events, title: "Exported view (" + events.length + " events)" }).then(function (html) {
      var link = el("a");
      link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
      link.download = "policykg-view.html";
      document.body.appendChild(link);
      link.click();
      link.remove();
      say("exported " + events.length + " events");
    }).catch(fail);
  }
  view.exportView = exportView;
  document.getElementById("pk-export").addEventListener("click", exportView);
  document.getElementById("pk-clear").addEventListener("click", function () {
    view.clear(); stats(null); document.getElementById("pk-rows").hidden = true;
  });
  view.search = search;
  view.start = start;
})();
