/* policykg view: draws the graph embedded as JSON in #policykg-data with vis-network.
 *
 * Every string that comes from an article reaches the page only through
 * textContent / value properties of elements built here (tooltips, legend,
 * search list) or through the canvas (node and edge labels), never as HTML.
 * window.policykgView exposes the DataSets and the network to tests.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("policykg-data").textContent);

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function tooltip(info) {
    var box = el("div", "pk-tip");
    box.appendChild(el("div", "pk-tip-head", info.heading));
    var list = el("dl");
    info.fields.forEach(function (field) {
      list.appendChild(el("dt", null, field[0]));
      list.appendChild(el("dd", null, field[1]));
    });
    box.appendChild(list);
    if (info.evidence.length) {
      var ul = el("ul", "pk-evidence");
      info.evidence.forEach(function (ev) {
        var li = el("li");
        li.appendChild(el("q", null, ev.text));
        li.appendChild(el("div", "pk-cite", ev.cite));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    copy.title = tooltip(n.info);
    delete copy.info;
    return copy;
  }));
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("pk-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var view = { nodes: nodes, edges: edges, network: network, ready: false };
  window.policykgView = view;

  function settle() {
    network.setOptions({ physics: false });
    network.fit();
    view.ready = true;
  }
  if (data.nodes.length === 0) { view.ready = true; } else { network.once("stabilizationIterationsDone", settle); }

  // Legend: one row per drawn group, with a checkbox that hides or shows it.
  var legend = document.getElementById("pk-legend");
  data.legend.forEach(function (row) {
    var label = el("label", "pk-legend-row");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      nodes.update(nodes.getIds({ filter: function (n) { return n.group === row.group; } })
        .map(function (id) { return { id: id, hidden: !box.checked }; }));
    });
    var symbol = el("span", "pk-symbol", row.symbol);
    symbol.style.color = row.color;
    label.appendChild(box);
    label.appendChild(symbol);
    label.appendChild(el("span", null, row.text + " (" + row.count + ")"));
    legend.appendChild(label);
  });

  // Search: type part of a name or id; matching nodes are selected and framed.
  var search = document.getElementById("pk-search");
  var names = document.getElementById("pk-names");
  var status = document.getElementById("pk-search-status");
  data.nodes.forEach(function (n) {
    var option = el("option");
    option.value = n.search;
    names.appendChild(option);
  });
  function runSearch() {
    var needle = search.value.trim().toLowerCase();
    if (!needle) { network.unselectAll(); status.textContent = ""; return; }
    var ids = data.nodes.filter(function (n) {
      return n.search.toLowerCase().indexOf(needle) !== -1 || String(n.id).toLowerCase().indexOf(needle) !== -1;
    }).map(function (n) { return n.id; });
    network.selectNodes(ids);
    if (ids.length) { network.fit({ nodes: ids, animation: false }); }
    status.textContent = ids.length + (ids.length === 1 ? " match" : " matches");
  }
  search.addEventListener("input", runSearch);
  document.getElementById("pk-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    runSearch();
  });
})();
