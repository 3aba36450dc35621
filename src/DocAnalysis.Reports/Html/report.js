// DocAnalysis report: sorting and filtering on the index; the legend's toggles and the finding details on a
// document page. No network, no library: the pages work from the file system.
"use strict";
(function () {
  // Index: sort by a column (numbers as numbers), filter rows by what they say.
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((header, column) => {
      const button = header.querySelector("button");
      if (!button) return;
      button.addEventListener("click", () => {
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(h => h.removeAttribute("aria-sort"));
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const rows = Array.from(table.tBodies[0].rows);
        const key = row => row.cells[column].dataset.sort ?? row.cells[column].textContent;
        const numeric = rows.every(row => key(row) !== "" && !isNaN(Number(key(row))));
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(row => table.tBodies[0].appendChild(row));
      });
    });
  }
  const filter = document.getElementById("filter");
  if (filter) {
    filter.addEventListener("input", () => {
      const words = filter.value.toLowerCase();
      for (const row of document.querySelectorAll("#documents tbody tr")) {
        row.hidden = words !== "" && !row.textContent.toLowerCase().includes(words);
      }
    });
  }

  // Document page: toggles, and the fields of the finding under the pointer or the keyboard focus.
  const data = document.getElementById("findings");
  if (!data) return;
  const findings = JSON.parse(data.textContent);
  // How each kind is shown, as its analyser declares it: a name, and the fields to show first.
  const kinds = JSON.parse(document.getElementById("kinds").textContent);
  for (const toggle of document.querySelectorAll("input[data-toggle-kind]")) {
    toggle.addEventListener("change", () => {
      for (const mark of document.querySelectorAll("mark[data-kind]")) {
        if (mark.dataset.kind === toggle.dataset.toggleKind) mark.classList.toggle("off", !toggle.checked);
      }
    });
  }
  const details = document.getElementById("details");
  const show = mark => {
    const finding = findings[Number(mark.dataset.i)];
    document.querySelectorAll("mark.linked").forEach(m => m.classList.remove("linked"));
    document.querySelectorAll(`mark[data-i="${mark.dataset.i}"]`).forEach(m => m.classList.add("linked"));
    details.replaceChildren();
    const title = document.createElement("h2");
    const kind = kinds[finding.kind] ?? { name: finding.kind, fields: [] };
    title.textContent = `${kind.name} (${finding.analyser})`;
    const list = document.createElement("dl");
    const row = (name, value) => {
      const term = document.createElement("dt"), description = document.createElement("dd");
      term.textContent = name;
      description.textContent = value;
      list.append(term, description);
    };
    row("text", finding.text);
    const first = kind.fields.filter(name => name in finding);
    const rest = Object.keys(finding).filter(name => !first.includes(name) && !["kind", "analyser", "start", "end", "text"].includes(name));
    for (const name of [...first, ...rest]) row(name, describe(finding[name]));
    details.append(title, list);
  };
  const describe = value => {
    if (value === null) return "—";
    if (Array.isArray(value)) return value.map(describe).join("; ");
    if (typeof value === "object") {
      if ("start" in value && "end" in value && "text" in value && Object.keys(value).length === 3) return `“${value.text}”`;
      return Object.entries(value).map(([k, v]) => `${k}: ${describe(v)}`).join(", ");
    }
    return String(value);
  };
  for (const mark of document.querySelectorAll("mark[data-i]")) {
    mark.addEventListener("mouseenter", () => show(mark));
    mark.addEventListener("focus", () => show(mark));
  }
})();
