/* policykg view: draws a graph payload with vis-network; shared by the offline pages and the explorer.
 *
 * A payload is {nodes, edges, legend, options} as made by queries/view_payload.py: nodes carry
 * x/y (precomputed, physics off), label, group, and our fields search, info (detail panel),
 * date (events, for the time slider) and rank (label priority).
 *
 * Every string that comes from an article reaches the page only through textContent / value /
 * href (http and https only) of elements built here, or through the canvas (labels), never as
 * HTML.  window.PolicyKG.create(payload, hooks) draws into the page's #pk-* elements and returns
 * the view; an offline page draws its #policykg-data block at once and sets window.policykgView.
 */
(function () {
  "use strict";

  var LABEL_PX = 13;          // rendered size of node labels at any zoom
  var HASH_CELL = 64;         // px, spatial hash for label overlap
  var FADED = 0.15;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function safeUrl(url) { return /^https?:\/\//i.test(String(url || "")) ? String(url) : ""; }

  function tooltip(info) {
    var box = el("div", "pk-tip");
    box.appendChild(el("div", "pk-tip-head", info.heading));
    box.appendChild(el("div", "pk-tip-hint", "Click: details, evidence and sources. Double-click: expand."));
    return box;
  }

  function create(payload, hooks) {
    hooks = hooks || {};
    var records = {};        // id -> payload node (with info, search, date, rank, label)
    var legendRows = {};     // group -> legend row
    var nodes = new vis.DataSet([]);
    var edges = new vis.DataSet([]);
    var container = byId("pk-graph");
    var options = Object.assign({}, payload.options);
    var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    var state = { hiddenGroups: {}, needle: "", mode: "fade", from: 0, to: 0, undated: true, dates: [], matches: {} };
    var view = { nodes: nodes, edges: edges, network: network, records: records, ready: false, state: state };

    // ------------------------------------------------------------ data
    function visNode(n) {
      var copy = Object.assign({}, n);
      copy.title = tooltip(n.info);
      copy.fullLabel = n.label;
      delete copy.info; delete copy.search;
      return copy;
    }
    function add(more, anchor) {
      var fresh = more.nodes.filter(function (n) { return !records[n.id]; });
      place(fresh, anchor);
      fresh.forEach(function (n) { records[n.id] = n; });
      nodes.add(fresh.map(visNode));
      edges.add(more.edges.filter(function (e) { return !edges.get(e.id); }));
      (more.legend || []).forEach(function (row) { legendRows[row.group] = row; });
      refreshDates();
      drawLegend();
      fillNames();
      applyFilters();
      if (anchor && fresh.length) { relax(); }
      return fresh.map(function (n) { return n.id; });
    }
    // After an expansion: a short, bounded force simulation untangles the new nodes, then stops.
    function relax() {
      network.setOptions({ physics: { enabled: true, solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, avoidOverlap: 0.4 },
        stabilization: { enabled: false } } });
      network.stabilize(150);
      network.once("stabilized", function () { network.setOptions({ physics: { enabled: false } }); scheduleLabels(); });
    }
    // New nodes of an expansion: their own layout, shrunk and centred on the anchor node.
    function place(fresh, anchor) {
      if (!anchor || !records[anchor] || !fresh.length) { return; }
      var at = network.getPosition(anchor);
      var xs = fresh.map(function (n) { return n.x || 0; }), ys = fresh.map(function (n) { return n.y || 0; });
      var cx = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2;
      var cy = (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2;
      fresh.forEach(function (n, i) {
        var dx = (n.x || 0) - cx, dy = (n.y || 0) - cy;
        if (dx === 0 && dy === 0) { dx = Math.cos(i) * 120; dy = Math.sin(i) * 120; }
        n.x = at.x + dx * 0.8 + 60; n.y = at.y + dy * 0.8 + 60;
      });
    }
    function clear() {
      Object.keys(records).forEach(function (id) { delete records[id]; });
      nodes.clear(); edges.clear(); legendRows = {};
      closePanel(); refreshDates(); drawLegend(); fillNames(); applyFilters();
    }
    function neighbours(id) { return network.getConnectedNodes(id); }

    // ------------------------------------------------------------ labels
    // Labels keep LABEL_PX on screen at any zoom; where two would overlap, the better-ranked
    // node (selected, searched, more sources or links) keeps its label and the other shows none.
    var labelTimer = null;
    function scheduleLabels() {
      if (labelTimer) { clearTimeout(labelTimer); }
      labelTimer = setTimeout(refreshLabels, 60);
    }
    function refreshLabels() {
      labelTimer = null;
      var scale = network.getScale();
      var width = container.clientWidth, height = container.clientHeight;
      var selected = {};
      network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
      var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
      ids.sort(function (a, b) { return priority(b, selected) - priority(a, selected) || (a < b ? -1 : 1); });
      var cells = {}, shown = {}, dom = {}, radius = {};
      var positions = network.getPositions(ids);
      ids.forEach(function (id) {  // nodes first: a label never covers another node
        var body = network.body.nodes[id];
        radius[id] = ((body && body.shape && body.shape.height) || 20) / 2 * scale;
        dom[id] = network.canvasToDOM(positions[id]);
        claim(cells, [dom[id].x - radius[id], dom[id].y - radius[id], dom[id].x + radius[id], dom[id].y + radius[id]]);
      });
      ids.forEach(function (id, order) {
        var text = records[id].label || "";
        var p = dom[id];
        if (!text || p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) { return; }
        var lines = text.split("\n");
        var w = labelWidth(lines);
        var top = p.y + radius[id] + 1;
        var box = [p.x - w / 2, top, p.x + w / 2, top + lines.length * LABEL_PX * 1.25];
        // the best-ranked node is always named (a hub's neighbours crowd the place below it)
        if (selected[id] || order === 0) { claim(cells, box, true); shown[id] = true; }
        else if (claim(cells, box)) { shown[id] = true; }
      });
      var size = LABEL_PX / scale, updates = [];
      nodes.get().forEach(function (n) {
        var want = shown[n.id] ? n.fullLabel : "";
        var fontSize = n.font && n.font.size;
        if (n.label !== want || (want && Math.abs((fontSize || 0) - size) > size * 0.02)) {
          updates.push({ id: n.id, label: want, font: { size: size } });
        }
      });
      if (updates.length) { nodes.update(updates); }
    }
    // The on-screen width of a label as the canvas draws it (the nodes' font, sans-serif at LABEL_PX, and its
    // 3 px halo each side): a measured width, not a per-character guess (CJK characters are twice as wide as Latin).
    var measure = document.createElement("canvas").getContext("2d");
    function labelWidth(lines) {
      measure.font = LABEL_PX + "px sans-serif";
      return Math.max.apply(null, lines.map(function (l) { return measure.measureText(l).width; })) + 6;
    }
    function priority(id, selected) {
      var r = records[id].rank || 0;
      if (selected[id]) { r += 1e6; }
      if (state.matches[id]) { r += 1e5; }
      return r;
    }
    // Claims ``box`` in the spatial hash unless it overlaps a claimed box; ``force`` claims it anyway.
    function claim(cells, box, force) {
      var keys = [];
      for (var x = Math.floor(box[0] / HASH_CELL); x <= Math.floor(box[2] / HASH_CELL); x++) {
        for (var y = Math.floor(box[1] / HASH_CELL); y <= Math.floor(box[3] / HASH_CELL); y++) {
          var key = x + "," + y;
          var taken = force ? [] : cells[key] || [];
          for (var i = 0; i < taken.length; i++) {
            var t = taken[i];
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) { return false; }
          }
          keys.push(key);
        }
      }
      keys.forEach(function (key) { (cells[key] = cells[key] || []).push(box); });
      return true;
    }
    view.labels = function () {
      var scale = network.getScale();
      return nodes.get({ filter: function (n) { return Boolean(n.label) && !n.hidden; } })
        .map(function (n) { return { id: n.id, px: (n.font && n.font.size ? n.font.size : 13) * scale }; });
    };

    // ------------------------------------------------------------ filters
    function eventVisible(rec) {
      if (!state.dates.length) { return true; }
      if (!rec.date) { return state.undated; }
      return rec.date >= state.dates[state.from] && rec.date <= state.dates[state.to];
    }
    function isEvent(rec) { return rec.shape === "diamond"; }
    function applyFilters() {
      var inTime = {};
      Object.keys(records).forEach(function (id) {
        if (isEvent(records[id])) { inTime[id] = eventVisible(records[id]); }
      });
      var context = {};
      Object.keys(state.matches).forEach(function (id) {
        context[id] = true;
        if (records[id]) { neighbours(id).forEach(function (n) { context[n] = true; }); }
      });
      var searching = state.needle !== "";
      var nodeUpdates = [], shownEvents = 0, allEvents = 0;
      Object.keys(records).forEach(function (id) {
        var rec = records[id];
        var ok = isEvent(rec) ? inTime[id] : entityInTime(id, inTime);
        ok = ok && !state.hiddenGroups[rec.group];
        var near = !searching || context[id];
        var hidden = !ok || (state.mode === "filter" && !near);
        var opacity = state.mode === "fade" && !near ? FADED : 1;
        if (isEvent(rec)) { allEvents++; if (!hidden) { shownEvents++; } }
        var cur = nodes.get(id);
        if (cur && (Boolean(cur.hidden) !== hidden || (cur.opacity === undefined ? 1 : cur.opacity) !== opacity)) {
          nodeUpdates.push({ id: id, hidden: hidden, opacity: opacity });
        }
      });
      if (nodeUpdates.length) { nodes.update(nodeUpdates); }
      var edgeUpdates = [];
      edges.get().forEach(function (e) {
        var a = nodes.get(e.from), b = nodes.get(e.to);
        var hidden = !a || !b || Boolean(a.hidden) || Boolean(b.hidden);
        var faded = searching && state.mode === "fade" && !(context[e.from] && context[e.to]);
        if (Boolean(e.hidden) !== hidden || Boolean(e.faded) !== faded) {
          edgeUpdates.push({ id: e.id, hidden: hidden, faded: faded,
            color: Object.assign({}, e.color, { opacity: faded ? FADED : 1 }) });
        }
      });
      if (edgeUpdates.length) { edges.update(edgeUpdates); }
      var count = byId("pk-time-count");
      if (count) { count.textContent = shownEvents + " of " + allEvents + " events shown"; }
      scheduleLabels();
    }
    // An entity stays while one of its events is in the time range (or when it has no event drawn).
    function entityInTime(id, inTime) {
      var events = neighbours(id).filter(function (n) { return n in inTime; });
      return !events.length || events.some(function (n) { return inTime[n]; });
    }

    // ------------------------------------------------------------ time slider
    var fromInput = byId("pk-time-from"), toInput = byId("pk-time-to"), undated = byId("pk-time-undated");
    function refreshDates() {
      var wasFull = !state.dates.length || (state.from === 0 && state.to === state.dates.length - 1);
      var set = {};
      Object.keys(records).forEach(function (id) { if (records[id].date) { set[records[id].date] = true; } });
      var old = state.dates;
      state.dates = Object.keys(set).sort();
      var last = Math.max(0, state.dates.length - 1);
      if (wasFull) { state.from = 0; state.to = last; } else {
        state.from = Math.max(0, state.dates.indexOf(old[state.from]));
        var to = state.dates.indexOf(old[state.to]);
        state.to = to < 0 ? last : to;
      }
      if (fromInput) {
        [fromInput, toInput].forEach(function (input) { input.min = 0; input.max = last; input.disabled = !state.dates.length; });
        fromInput.value = state.from; toInput.value = state.to;
      }
      timeLabel();
    }
    function timeLabel() {
      var label = byId("pk-time-label");
      if (!label) { return; }
      label.textContent = state.dates.length ? state.dates[state.from] + " \u2192 " + state.dates[state.to] : "no dated events";
    }
    view.setTimeRange = function (from, to) {
      var lo = 0, hi = state.dates.length - 1;
      state.dates.forEach(function (d, i) { if (d < from) { lo = i + 1; } if (d <= to) { hi = i; } });
      state.from = Math.min(lo, Math.max(hi, 0)); state.to = Math.max(hi, state.from);
      if (fromInput) { fromInput.value = state.from; toInput.value = state.to; }
      timeLabel(); applyFilters();
    };
    if (fromInput) {
      fromInput.addEventListener("input", function () {
        state.from = Math.min(Number(fromInput.value), state.to); fromInput.value = state.from; timeLabel(); applyFilters();
      });
      toInput.addEventListener("input", function () {
        state.to = Math.max(Number(toInput.value), state.from); toInput.value = state.to; timeLabel(); applyFilters();
      });
      undated.addEventListener("change", function () { state.undated = undated.checked; applyFilters(); });
    }

    // ------------------------------------------------------------ legend
    function drawLegend() {
      var legend = byId("pk-legend");
      legend.textContent = "";
      var counts = {};
      Object.keys(records).forEach(function (id) { counts[records[id].group] = (counts[records[id].group] || 0) + 1; });
      Object.keys(legendRows).forEach(function (group) {
        var row = legendRows[group];
        if (!counts[group]) { return; }
        var label = el("label", "pk-legend-row");
        var box = el("input");
        box.type = "checkbox";
        box.checked = !state.hiddenGroups[group];
        box.addEventListener("change", function () { state.hiddenGroups[group] = !box.checked; applyFilters(); });
        var symbol = el("span", "pk-symbol", row.symbol);
        symbol.style.color = row.color;
        label.appendChild(box);
        label.appendChild(symbol);
        label.appendChild(el("span", null, row.text + " (" + counts[group] + ")"));
        legend.appendChild(label);
      });
    }

    // ------------------------------------------------------------ search
    var search = byId("pk-search"), names = byId("pk-names"), status = byId("pk-search-status");
    var mode = byId("pk-search-mode");
    function fillNames() {
      if (!names) { return; }
      names.textContent = "";
      Object.keys(records).forEach(function (id) {
        var option = el("option");
        option.value = records[id].search.split(" | ").slice(0, 2).join(" | ");
        names.appendChild(option);
      });
    }
    function runSearch() {
      state.needle = search.value.trim().toLowerCase();
      state.matches = {};
      if (!state.needle) { network.unselectAll(); status.textContent = ""; applyFilters(); return; }
      var ids = Object.keys(records).filter(function (id) {
        return records[id].search.toLowerCase().indexOf(state.needle) !== -1;
      }).sort();
      ids.forEach(function (id) { state.matches[id] = true; });
      applyFilters();
      network.selectNodes(ids.filter(function (id) { return !nodes.get(id).hidden; }));
      if (ids.length) { network.fit({ nodes: ids, animation: false }); scheduleLabels(); }
      status.textContent = ids.length + (ids.length === 1 ? " match" : " matches");
    }
    if (search) {
      search.addEventListener("input", runSearch);
      byId("pk-search-form").addEventListener("submit", function (event) { event.preventDefault(); runSearch(); });
      mode.addEventListener("change", function () { state.mode = mode.value; applyFilters(); });
    }

    // ------------------------------------------------------------ detail panel
    var panel = byId("pk-panel"), panelBody = byId("pk-panel-body");
    function closePanel() { if (panel) { panel.hidden = true; panelBody.textContent = ""; view.panelNode = null; } }
    function showPanel(id) {
      var rec = records[id];
      if (!rec || !panel) { return; }
      view.panelNode = id;
      panelBody.textContent = "";
      var info = rec.info;
      panelBody.appendChild(el("h2", "pk-panel-head", info.heading));
      var list = el("dl");
      info.fields.forEach(function (field) {
        list.appendChild(el("dt", null, field[0]));
        list.appendChild(el("dd", null, field[1]));
      });
      panelBody.appendChild(list);
      if (hooks.onExpand && !isEvent(rec)) {
        var expand = el("button", "pk-expand", "Expand: draw its events");
        expand.type = "button";
        expand.addEventListener("click", function () { hooks.onExpand(id); });
        panelBody.appendChild(expand);
      }
      if (info.evidence.length) { panelBody.appendChild(evidenceList(info.evidence)); }
      if (info.history.length) { panelBody.appendChild(historyList(info.history)); }
      panel.hidden = false;
    }
    function evidenceList(evidence) {
      var box = el("section", "pk-evidence");
      box.appendChild(el("h3", null, "Evidence (" + evidence.length + ")"));
      evidence.forEach(function (ev) {
        var item = el("div", "pk-evidence-item");
        item.appendChild(el("blockquote", null, ev.text));
        var cite = el("div", "pk-cite", ev.cite);
        item.appendChild(cite);
        var url = safeUrl(ev.url);
        if (url) {
          var link = el("a", "pk-link", "Open article \u2197");
          link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer";
          item.appendChild(link);
          item.appendChild(el("div", "pk-url", url));
        } else {
          item.appendChild(el("div", "pk-url", "no link in the source data"));
        }
        box.appendChild(item);
      });
      return box;
    }
    function historyList(history) {
      var box = el("section", "pk-history");
      box.appendChild(el("h3", null, "History of this measure"));
      var ol = el("ol");
      history.forEach(function (step) {
        var li = el("li", step.current ? "pk-current" : null);
        var button = el("button", "pk-step", step.heading);
        button.type = "button";
        button.disabled = !records[step.id] || step.current;
        button.addEventListener("click", function () { focusNode(step.id); });
        li.appendChild(button);
        ol.appendChild(li);
      });
      box.appendChild(ol);
      return box;
    }
    function focusNode(id) {
      if (!records[id]) { return; }
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
      showPanel(id);
      scheduleLabels();
    }
    view.focusNode = focusNode;
    view.showPanel = showPanel;
    if (panel) { byId("pk-panel-close").addEventListener("click", closePanel); }

    network.on("click", function (params) {
      if (params.nodes.length) { showPanel(params.nodes[0]); }
      scheduleLabels();
    });
    network.on("doubleClick", function (params) {
      if (!params.nodes.length) { return; }
      var id = params.nodes[0];
      if (hooks.onExpand) { hooks.onExpand(id); return; }
      var ids = [id].concat(neighbours(id));
      network.selectNodes(ids);
      network.fit({ nodes: ids, animation: false });
      scheduleLabels();
    });
    network.on("zoom", scheduleLabels);
    network.on("dragEnd", scheduleLabels);
    network.on("resize", scheduleLabels);

    view.add = add;
    view.clear = clear;
    view.refreshLabels = refreshLabels;
    view.applyFilters = applyFilters;
    view.fit = function () { network.fit({ animation: false }); refreshLabels(); };
    add(payload);
    view.fit();
    network.once("afterDrawing", function () { view.ready = true; });
    network.redraw();
    return view;
  }

  window.PolicyKG = { create: create, el: el, safeUrl: safeUrl };
  var block = document.getElementById("policykg-data");
  if (block) { window.policykgView = create(JSON.parse(block.textContent)); }
})();
