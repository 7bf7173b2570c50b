/* The kg graph view: draws the page's JSON with vis-network and wires the side panel, the search
   box, the filters and the neighbourhood highlighting. Text from articles is only ever written
   with textContent, never parsed as HTML. `window.kg` is there for tests and benchmarks. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var details = DATA.details;
  var groups = DATA.options.groups || {};
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var FONT = DATA.options.nodes.font.color;
  var EDGE_FONT = DATA.options.edges.font.color;
  var DIM_FONT = "rgba(31,41,51,0.2)";
  var MAX_LINKS = 200;

  var ends = new Map();   // edge id -> {from, to, color}
  var links = new Map();  // node id -> edge ids
  DATA.edges.forEach(function (e) {
    ends.set(e.id, { from: e.from, to: e.to, color: e.color });
    [e.from, e.to].forEach(function (n) {
      if (!links.has(n)) links.set(n, []);
      links.get(n).push(e.id);
    });
  });

  var kg = window.kg = {
    ready: false, timings: {}, nodes: nodes, edges: edges, details: details, network: null,
    focused: null, highlighted: null
  };

  var $ = function (id) { return document.getElementById(id); };
  var panel = $("panel"), progress = $("progress"), search = $("search"), matches = $("matches");
  var hint = panel.firstElementChild.cloneNode(true);

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function label(id) {
    var d = details.nodes[id];
    return d ? d.label : id;
  }

  /* ---------- drawing, and physics that settles then stops ---------- */

  var network = new vis.Network($("graph"), { nodes: [], edges: [] }, DATA.options);
  kg.network = network;

  function markReady() {
    if (kg.ready) return;
    kg.timings.ready = performance.now();
    kg.ready = true;
    document.body.setAttribute("data-ready", "true");
  }

  function settled() {
    if (kg.timings.stabilized !== undefined) return;
    kg.timings.stabilized = performance.now();
    network.setOptions({ physics: { enabled: false } });
    progress.hidden = true;
    network.once("afterDrawing", markReady);
    network.redraw();
    setTimeout(markReady, 2000);  // a page drawn in a background tab still becomes usable
  }

  network.on("stabilizationProgress", function (p) {
    progress.textContent = "Laying out the graph… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settled);
  kg.timings.start = performance.now();
  network.setData({ nodes: nodes, edges: edges });
  if (!DATA.nodes.length) settled();

  /* ---------- neighbourhood highlighting ---------- */

  // The node, its neighbours and the edges between them are selected (drawn bolder, in their
  // highlight colours); in a graph small enough to restyle and redraw quickly, everything else
  // also fades (and the view glides rather than jumps to a node).
  var SMALL = DATA.nodes.length + DATA.edges.length <= 3000;
  var dimmedNodes = new Set(), dimmedEdges = new Set();
  var hiddenNodes = new Set(), hiddenEdges = new Set();  // by the filters

  function nodeStyle(id, dim) {
    return { id: id, opacity: dim ? 0.2 : 1, font: { color: dim ? DIM_FONT : FONT } };
  }

  function edgeStyle(id, dim) {
    return { id: id, color: { color: ends.get(id).color, opacity: dim ? 0.08 : 1 },
             font: { color: dim ? "rgba(82,96,109,0.1)" : EDGE_FONT } };
  }

  function applyDim(keepNodes, keepEdges) {
    var nodeChanges = [], edgeChanges = [];
    nodes.getIds().forEach(function (id) {
      var dim = keepNodes !== null && !keepNodes.has(id);
      if (dim !== dimmedNodes.has(id)) {
        nodeChanges.push(nodeStyle(id, dim));
        if (dim) dimmedNodes.add(id); else dimmedNodes.delete(id);
      }
    });
    ends.forEach(function (_end, id) {
      var dim = keepEdges !== null && !keepEdges.has(id);
      if (dim !== dimmedEdges.has(id)) {
        edgeChanges.push(edgeStyle(id, dim));
        if (dim) dimmedEdges.add(id); else dimmedEdges.delete(id);
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }

  function emphasise(keepNodes, keepEdges) {
    if (SMALL) applyDim(keepNodes, keepEdges);
    if (keepNodes === null) {
      network.unselectAll();
    } else {
      var shown = function (id) { return !hiddenNodes.has(id); };
      var shownEdge = function (id) { return !hiddenEdges.has(id); };
      network.setSelection({ nodes: Array.from(keepNodes).filter(shown), edges: Array.from(keepEdges).filter(shownEdge) },
                           { unselectAll: true, highlightEdges: false });
    }
  }

  function highlight(id) {
    kg.highlighted = id;
    if (id === null) return emphasise(null, null);
    var keepNodes = new Set([id]), keepEdges = new Set(links.get(id) || []);
    keepEdges.forEach(function (e) { keepNodes.add(ends.get(e).from); keepNodes.add(ends.get(e).to); });
    emphasise(keepNodes, keepEdges);
  }

  function highlightEdge(id) {
    kg.highlighted = null;
    emphasise(new Set([ends.get(id).from, ends.get(id).to]), new Set([id]));
  }

  /* ---------- the side panel ---------- */

  function heading(text, category, colour) {
    panel.appendChild(el("h2", text));
    var badge = el("span", category, "category");
    badge.style.background = colour || "#e4e7eb";
    panel.appendChild(badge);
  }

  function facts(list) {
    if (!list.length) return;
    var dl = el("dl");
    list.forEach(function (pair) {
      dl.appendChild(el("dt", pair[0]));
      dl.appendChild(el("dd", pair[1]));
    });
    panel.appendChild(dl);
  }

  function citation(key) {
    var a = DATA.articles[key];
    if (!a) return key;
    var headline = a.headline.length > 140 ? a.headline.slice(0, 139) + "…" : a.headline;
    return [a.file, "“" + headline + "”", a.published].filter(Boolean).join(" · ");
  }

  function evidence(list) {
    panel.appendChild(el("h3", "Evidence (" + list.length + " sentence" + (list.length === 1 ? "" : "s") + ")"));
    var ul = el("ul", null, "evidence");
    list.forEach(function (item) {
      var li = el("li");
      li.appendChild(el("blockquote", item[1]));
      li.appendChild(el("cite", citation(item[0])));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  function reported(list) {
    var dates = new Set();
    list.forEach(function (item) {
      var a = DATA.articles[item[0]];
      if (a && a.published) dates.add(a.published);
    });
    return Array.from(dates).sort();
  }

  function linkButton(id) {
    var button = el("button", label(id));
    button.type = "button";
    button.addEventListener("click", function () { focusNode(id); });
    return button;
  }

  function connections(id) {
    var list = links.get(id) || [];
    if (!list.length) return;
    panel.appendChild(el("h3", "Connections (" + list.length + ")"));
    var ul = el("ul", null, "links");
    list.slice(0, MAX_LINKS).forEach(function (edgeId) {
      var end = ends.get(edgeId), outgoing = end.from === id, li = el("li");
      li.appendChild(el("span", (outgoing ? "→ " : "← ") + details.edges[edgeId].label + " ", "relation-label"));
      li.appendChild(linkButton(outgoing ? end.to : end.from));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    if (list.length > MAX_LINKS) panel.appendChild(el("p", "and " + (list.length - MAX_LINKS) + " more", "more"));
  }

  function claimsBy(id) {
    var said = (links.get(id) || []).filter(function (e) {
      return details.edges[e].kind === "said" && ends.get(e).from === id;
    });
    if (!said.length) return;
    panel.appendChild(el("h3", "Claims (" + said.length + ")"));
    var ul = el("ul", null, "links");
    said.forEach(function (e) {
      var claim = details.nodes[ends.get(e).to], li = el("li");
      var stance = claim.facts.filter(function (f) { return f[0] === "stance"; }).map(function (f) { return f[1]; });
      var content = claim.facts.filter(function (f) { return f[0] === "content"; }).map(function (f) { return f[1]; });
      li.appendChild(el("span", (stance[0] || "said") + ": ", "relation-label"));
      li.appendChild(el("span", content[0] || claim.label));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  function showNode(id) {
    var d = details.nodes[id];
    if (!d) return;
    panel.replaceChildren();
    panel.setAttribute("data-node", id);
    panel.removeAttribute("data-edge");
    heading(d.label, d.type ? "Event: " + d.type : d.category, (groups[d.category] || {}).color);
    if (d.aliases.length) {
      panel.appendChild(el("h3", "Also called"));
      panel.appendChild(el("p", d.aliases.join(" · "), "aliases"));
    }
    facts(d.facts);
    var dates = reported(d.evidence);
    if (dates.length) {
      panel.appendChild(el("h3", "Dates"));
      facts([["reported", dates.join(", ")]]);
    }
    evidence(d.evidence);
    if (d.kind === "entity") claimsBy(id);
    connections(id);
    panel.appendChild(el("p", id, "more"));
  }

  function showEdge(id) {
    var d = details.edges[id], end = ends.get(id);
    if (!d) return;
    panel.replaceChildren();
    panel.setAttribute("data-edge", id);
    panel.removeAttribute("data-node");
    var h = el("h2");
    h.appendChild(linkButton(end.from));
    h.appendChild(el("span", " " + d.label + " ", "relation-label"));
    h.appendChild(linkButton(end.to));
    panel.appendChild(h);
    var badge = el("span", d.kind === "role" ? "event role" : d.kind, "category");
    badge.style.background = "#e4e7eb";
    panel.appendChild(badge);
    facts(d.facts);
    var list = d.evidence || details.nodes[d.evidenceOf].evidence;
    var dates = reported(list);
    if (dates.length) facts([["reported", dates.join(", ")]]);
    evidence(list);
  }

  function clearPanel() {
    panel.replaceChildren(hint.cloneNode(true));
    panel.removeAttribute("data-node");
    panel.removeAttribute("data-edge");
  }

  /* ---------- selecting, focusing ---------- */

  function selectNode(id) {
    showNode(id);
    highlight(id);
  }

  function reveal(id) {
    var d = details.nodes[id];
    var boxes = document.querySelectorAll('input[data-category="' + CSS.escape(d.category) + '"]' +
      (d.type ? ', input[data-event-type="' + CSS.escape(d.type) + '"]' : ""));
    var changed = false;
    boxes.forEach(function (box) { if (!box.checked) { box.checked = true; changed = true; } });
    if (changed) applyFilters();
  }

  function focusNode(id, animate) {
    if (!details.nodes[id]) return;
    reveal(id);
    selectNode(id);
    kg.focused = id;
    network.focus(id, { scale: Math.max(network.getScale(), 1.2),
                        animation: SMALL && animate !== false ? { duration: 400, easingFunction: "easeInOutQuad" } : false });
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      selectNode(params.nodes[0]);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
      highlightEdge(params.edges[0]);
    } else {
      highlight(null);
      clearPanel();
    }
  });

  /* ---------- search: any name of an entity ---------- */

  function normal(text) {
    return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }

  var names = [];  // [normalised name, node id, the name as written, is it the label]
  Object.keys(details.nodes).forEach(function (id) {
    var d = details.nodes[id];
    if (d.kind !== "entity") return;
    names.push([normal(d.label), id, d.label, true]);
    d.aliases.forEach(function (alias) { names.push([normal(alias), id, alias, false]); });
  });

  function find(text) {
    var q = normal(text), ranked = [], seen = new Set();
    if (!q) return ranked;
    names.forEach(function (entry) {
      var rank = entry[0] === q ? (entry[3] ? 0 : 1) : entry[0].indexOf(q) === 0 ? 2 : entry[0].indexOf(q) > 0 ? 3 : -1;
      if (rank >= 0) ranked.push([rank, entry[0], entry]);
    });
    ranked.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
    return ranked.filter(function (r) {
      if (seen.has(r[2][1])) return false;
      seen.add(r[2][1]);
      return true;
    }).map(function (r) { return { id: r[2][1], name: r[2][2], label: r[2][3] }; });
  }
  kg.find = find;

  function showMatches(found) {
    matches.replaceChildren();
    found.slice(0, 30).forEach(function (m, i) {
      var li = el("li", label(m.id));
      if (i === 0) li.className = "active";
      if (!m.label) li.appendChild(el("span", " (" + m.name + ")", "alias"));
      li.appendChild(el("span", " " + details.nodes[m.id].category, "category"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(m.id); });
      matches.appendChild(li);
    });
    if (!found.length && search.value.trim()) matches.appendChild(el("li", "no entity has that name", "alias"));
    matches.hidden = !search.value.trim();
  }

  function choose(id) {
    matches.hidden = true;
    focusNode(id);
  }

  search.addEventListener("input", function () { showMatches(find(search.value)); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = find(search.value);
      if (found.length) choose(found[0].id);
    } else if (ev.key === "Escape") {
      matches.hidden = true;
    }
  });
  search.addEventListener("blur", function () { matches.hidden = true; });

  /* ---------- filters by category and event type ---------- */

  function unticked(attribute) {
    var off = new Set();
    document.querySelectorAll("input[" + attribute + "]").forEach(function (box) {
      if (!box.checked) off.add(box.getAttribute(attribute));
    });
    return off;
  }

  function applyFilters() {
    var categories = unticked("data-category"), types = unticked("data-event-type");
    var nodeChanges = [], edgeChanges = [];
    Object.keys(details.nodes).forEach(function (id) {
      var d = details.nodes[id];
      var hide = categories.has(d.category) || (d.kind === "event" && types.has(d.type));
      if (hide !== hiddenNodes.has(id)) {
        nodeChanges.push({ id: id, hidden: hide });
        if (hide) hiddenNodes.add(id); else hiddenNodes.delete(id);
      }
    });
    ends.forEach(function (end, id) {
      var hide = hiddenNodes.has(end.from) || hiddenNodes.has(end.to);
      if (hide !== hiddenEdges.has(id)) {
        edgeChanges.push({ id: id, hidden: hide });
        if (hide) hiddenEdges.add(id); else hiddenEdges.delete(id);
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    if (kg.highlighted !== null && hiddenNodes.has(kg.highlighted)) {
      highlight(null);
      clearPanel();
    }
    $("shown").textContent = hiddenNodes.size
      ? "Showing " + (DATA.nodes.length - hiddenNodes.size) + " of " + DATA.nodes.length + " nodes, " +
        (DATA.edges.length - hiddenEdges.size) + " of " + DATA.edges.length + " edges."
      : "";
  }
  kg.applyFilters = applyFilters;

  document.querySelectorAll("#filters input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });

  /* ---------- buttons ---------- */

  $("fit").addEventListener("click", function () { network.fit({ animation: SMALL ? { duration: 300 } : false }); });
  $("reset").addEventListener("click", function () {
    document.querySelectorAll("#filters input[type=checkbox]").forEach(function (box) {
      if (!box.disabled) box.checked = true;
    });
    applyFilters();
    search.value = "";
    matches.hidden = true;
    highlight(null);
    clearPanel();
    kg.focused = null;
    network.fit();
  });

  kg.showNode = showNode;
  kg.showEdge = showEdge;
  kg.focusNode = focusNode;
  kg.selectNode = selectNode;
  kg.highlight = highlight;
})();
