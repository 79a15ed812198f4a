// The theory report's behaviour: pan and zoom the web, search, and fill the side panel when a
// construct, an edge or a claim is chosen. Every piece of theory text reaches the page through
// textContent, never as HTML, so no theory can run script here.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("theory-data").textContent);
  var constructs = new Map(data.constructs.map(function (c) { return [c.name, c]; }));
  var claims = new Map(data.claims.map(function (c) { return [c.name, c]; }));
  var edges = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var panel = document.getElementById("panel");

  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function linkTo(text, open) {
    var button = el("button", text, "link");
    button.type = "button";
    button.addEventListener("click", open);
    return button;
  }

  function select(id) {
    document.querySelectorAll("#web g.selected").forEach(function (g) { g.classList.remove("selected"); });
    var element = id ? document.getElementById(id) : null;
    if (element) element.classList.add("selected");
  }

  function evidenceList(evidence) {
    var list = el("ul");
    evidence.forEach(function (item) {
      var entry = el("li", item.source + (item.locator ? ", " + item.locator : ""));
      if (item.title) entry.title = item.title;
      if (item.quote) entry.appendChild(el("blockquote", "\u201c" + item.quote + "\u201d"));
      list.appendChild(entry);
    });
    return list;
  }

  // What is open is kept in the address (#construct=NAME, #claim=NAME, #edge=ID), so a link to the
  // report can open it at one construct, claim or edge, in a workshop's slides or an email.
  function remember(kind, key) {
    try { history.replaceState(null, "", "#" + kind + "=" + encodeURIComponent(key)); } catch (e) { /* a sandboxed page keeps no address */ }
  }

  function showConstruct(name) {
    var construct = constructs.get(name);
    if (!construct) return;
    remember("construct", name);
    select(construct.id);
    panel.replaceChildren();
    panel.appendChild(el("h2", construct.label));
    panel.appendChild(el("p", "construct " + construct.name + (construct.kind ? " \u00b7 " + construct.kind : ""), "meta"));
    if (construct.aliases.length) panel.appendChild(el("p", "Also called: " + construct.aliases.join(", ")));
    if (construct.description) panel.appendChild(el("p", construct.description));
    construct.roles.forEach(function (role) {
      var line = el("p");
      line.appendChild(el("strong", role.role + ": "));
      role.claims.forEach(function (name, i) {
        if (i > 0) line.appendChild(document.createTextNode(", "));
        line.appendChild(linkTo(name, function () { showClaim(name); }));
      });
      panel.appendChild(line);
    });
  }

  function sentence(claim) {
    var text = el("p", null, "sentence");
    text.appendChild(el("strong", "If "));
    text.appendChild(document.createTextNode(claim.if.join(", ") + " "));
    text.appendChild(el("strong", "then "));
    text.appendChild(document.createTextNode(claim.then.join(", ")));
    if (claim.because.length || claim.resource) {
      text.appendChild(el("strong", " because "));
      text.appendChild(document.createTextNode(claim.because.length ? claim.because.join(", ") : claim.resource));
    }
    return text;
  }

  function showClaim(name) {
    var claim = claims.get(name);
    if (!claim) return;
    remember("claim", name);
    select(null);
    panel.replaceChildren();
    panel.appendChild(el("h2", claim.kind + " " + claim.name + (claim.label ? " \u2014 " + claim.label : "")));
    panel.appendChild(sentence(claim));
    var facts = [];
    if (claim.conditions.length) facts.push(claim.conditions.join("; "));
    if (claim.scope.length) facts.push("for " + claim.scope.join(", "));
    if (claim.stage) facts.push("stage " + claim.stage);
    if (claim.status) facts.push(claim.status);
    if (claim.group) facts.push("in " + claim.group);
    if (facts.length) panel.appendChild(el("p", facts.join(" \u00b7 "), "meta"));
    panel.appendChild(el("h3", "Evidence"));
    panel.appendChild(evidenceList(claim.evidence));
  }

  function showEdge(id) {
    var edge = edges.get(id);
    if (!edge) return;
    remember("edge", id);
    select(id);
    var from = constructs.get(edge.from), to = constructs.get(edge.to);
    panel.replaceChildren();
    var title = el("h2");
    title.appendChild(linkTo(from ? from.label : edge.from, function () { showConstruct(edge.from); }));
    title.appendChild(document.createTextNode(" \u2192 "));
    title.appendChild(linkTo(to ? to.label : edge.to, function () { showConstruct(edge.to); }));
    title.appendChild(document.createTextNode(" (" + edge.sign + ")"));
    panel.appendChild(title);
    edge.claims.forEach(function (claim) {
      var block = el("div", null, "claim");
      var head = el("p");
      head.appendChild(linkTo(claim.claim, function () { showClaim(claim.claim); }));
      head.appendChild(document.createTextNode(" " + claim.sign + " (" + claim.part + ")" + (claim.circumstances.length ? ": " + claim.circumstances.join("; ") : "")));
      block.appendChild(head);
      block.appendChild(evidenceList(claim.evidence));
      panel.appendChild(block);
    });
  }

  // Clicks on the drawing: Graphviz gives each node and edge group the id the DOT set.
  var web = document.querySelector("#web svg");
  if (web) {
    web.addEventListener("click", function (event) {
      var group = event.target.closest("g.node, g.edge");
      if (!group) return;
      if (group.id.indexOf("construct:") === 0) showConstruct(group.id.substring("construct:".length));
      else if (group.id.indexOf("edge:") === 0) showEdge(group.id);
    });
    if (window.svgPanZoom) window.theoryPanZoom = window.svgPanZoom(web, { controlIconsEnabled: true, fit: true, center: true, minZoom: 0.1, maxZoom: 40 });
  }

  // Search: constructs by name, label or alias, and claims by name or label.
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  search.addEventListener("input", function () {
    var query = search.value.trim().toLowerCase();
    results.replaceChildren();
    document.querySelectorAll("#web g.match").forEach(function (g) { g.classList.remove("match"); });
    if (!query) return;
    data.constructs.filter(function (c) {
      return (c.name + " " + c.label + " " + c.aliases.join(" ")).toLowerCase().indexOf(query) >= 0;
    }).slice(0, 50).forEach(function (c) {
      var node = document.getElementById(c.id);
      if (node) node.classList.add("match");
      var item = el("li");
      item.appendChild(linkTo(c.label + " (construct)", function () { showConstruct(c.name); }));
      results.appendChild(item);
    });
    data.claims.filter(function (c) {
      return (c.name + " " + c.label).toLowerCase().indexOf(query) >= 0;
    }).slice(0, 50).forEach(function (c) {
      var item = el("li");
      item.appendChild(linkTo(c.name + (c.label ? " \u2014 " + c.label : "") + " (" + c.kind + ")", function () { showClaim(c.name); }));
      results.appendChild(item);
    });
  });

  // Diagnostics, each opening the declaration it is in.
  var diagnostics = document.getElementById("diagnostic-list");
  if (!data.diagnostics.length) diagnostics.appendChild(el("li", "No problems found."));
  data.diagnostics.forEach(function (d) {
    var item = el("li", null, d.severity);
    item.appendChild(document.createTextNode(d.file + (d.line ? ":" + d.line : "") + ": " + d.severity + " " + d.id + ": " + d.message + " "));
    if (d.target) item.appendChild(linkTo("show " + d.target, function () { if (d.targetKind === "construct") showConstruct(d.target); else showClaim(d.target); }));
    diagnostics.appendChild(item);
  });

  // Tables of the claims by group, with one filter over them all.
  var tables = document.getElementById("table-list");
  var groupLabels = new Map(data.groups.map(function (g) { return [g.name, g.title]; }));
  var byGroup = new Map();
  data.claims.forEach(function (c) {
    if (!byGroup.has(c.group)) byGroup.set(c.group, []);
    byGroup.get(c.group).push(c);
  });
  byGroup.forEach(function (list, group) {
    tables.appendChild(el("h3", group ? (groupLabels.get(group) || group) : "Not in a group"));
    var table = el("table");
    var head = el("tr");
    ["ID", "If", "Then", "Because", "Evidence"].forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(head);
    list.forEach(function (c) {
      var row = el("tr");
      var id = el("td");
      id.appendChild(linkTo(c.name, function () { showClaim(c.name); }));
      row.appendChild(id);
      row.appendChild(el("td", c.if.join(", ")));
      row.appendChild(el("td", c.then.join(", ")));
      row.appendChild(el("td", c.because.length ? c.because.join(", ") : c.resource));
      row.appendChild(el("td", c.evidence.map(function (e) { return e.source + (e.locator ? ", " + e.locator : ""); }).join("; ")));
      table.appendChild(row);
    });
    tables.appendChild(table);
  });
  var filter = document.getElementById("filter");
  filter.addEventListener("input", function () {
    var query = filter.value.trim().toLowerCase();
    document.querySelectorAll("#table-list tr").forEach(function (row, i) {
      if (row.querySelector("th")) return;
      row.classList.toggle("hidden", query.length > 0 && row.textContent.toLowerCase().indexOf(query) < 0);
    });
  });

  function openFromAddress() {
    var match = /^#(construct|claim|edge)=(.*)$/.exec(location.hash);
    if (!match) return;
    var key;
    try { key = decodeURIComponent(match[2]); } catch (e) { return; }
    if (match[1] === "construct") showConstruct(key);
    else if (match[1] === "claim") showClaim(key);
    else showEdge(key);
  }
  window.addEventListener("hashchange", openFromAddress);
  openFromAddress();
})();
