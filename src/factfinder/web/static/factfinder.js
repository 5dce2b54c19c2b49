/* factfinder — keyboard shortcuts and small helpers for the pages. No dependencies but htmx. */
(function () {
  "use strict";

  function typing(event) {
    const el = event.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  // A decision made from the keyboard moves on to the next suggestion, as reviewers expect.
  let advance = false;
  // The suggestion the reviewer is on, by mention id. htmx settles a swapped item 20 ms after the
  // swap by restoring the class attribute the server sent, which drops "current" if the reviewer has
  // already moved back onto that item: the settle handler below puts it back.
  let currentMention = null;

  function items() { return Array.from(document.querySelectorAll("#mention-list .mention-item")); }
  function current() { return document.querySelector("#mention-list .mention-item.current"); }

  function marksFor(id) { return document.querySelectorAll('#source-text mark[data-mention="' + id + '"]'); }

  function select(item, scroll) {
    if (!item) return;
    document.querySelectorAll(".mention-item.current").forEach(function (el) { el.classList.remove("current"); });
    document.querySelectorAll("#source-text mark.current").forEach(function (el) { el.classList.remove("current"); });
    item.classList.add("current");
    currentMention = item.dataset.mention;
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
    const marks = marksFor(item.dataset.mention);
    marks.forEach(function (m) { m.classList.add("current"); });
    if (scroll !== false && marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function move(step) {
    const list = items();
    if (!list.length) return;
    const index = list.indexOf(current());
    const next = index < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + step));
    select(list[next]);
  }

  function openEdit(item) {
    const form = item && item.querySelector(".edit-form");
    if (!form) return;
    form.hidden = false;
    const button = item.querySelector("button.edit");
    if (button) button.setAttribute("aria-expanded", "true");
    const first = form.querySelector("select, textarea, input:not([type=hidden])");
    if (first) first.focus();
  }

  function closeEdit(item) {
    const form = item && item.querySelector(".edit-form");
    if (!form) return;
    form.hidden = true;
    const button = item.querySelector("button.edit");
    if (button) button.setAttribute("aria-expanded", "false");
    item.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      const item = event.target.closest && event.target.closest(".mention-item");
      if (item) closeEdit(item);
      return;
    }
    if (typing(event)) return;
    const reader = document.getElementById("mention-list");
    switch (event.key) {
      case "?": {
        const help = document.getElementById("shortcuts");
        if (help && help.showModal) { help.showModal(); event.preventDefault(); }
        return;
      }
      case "/": {
        const box = document.querySelector("#search-q, #q");
        if (box) { box.focus(); event.preventDefault(); }
        else { window.location.href = "/search"; }
        return;
      }
    }
    if (!reader) return;
    const item = current();
    switch (event.key) {
      case "j": move(1); event.preventDefault(); break;
      case "k": move(-1); event.preventDefault(); break;
      case "a": case "r": {
        const button = item && item.querySelector('button[data-key="' + event.key + '"]');
        if (button && !button.disabled) { advance = true; button.click(); event.preventDefault(); }
        break;
      }
      case "e": if (item) { openEdit(item); event.preventDefault(); } break;
      case "x": {
        const box = item && item.querySelector('input[type="checkbox"]');
        if (box) { box.checked = !box.checked; event.preventDefault(); }
        break;
      }
    }
  });

  document.addEventListener("click", function (event) {
    const target = event.target;
    const edit = target.closest("button.edit");
    if (edit) { const item = edit.closest(".mention-item"); item.querySelector(".edit-form").hidden ? openEdit(item) : closeEdit(item); return; }
    const cancel = target.closest(".edit-form button.cancel");
    if (cancel) { closeEdit(cancel.closest(".mention-item")); return; }
    const go = target.closest("[data-goto]");
    if (go) { select(go.closest(".mention-item")); return; }
    const mark = target.closest("#source-text mark[data-mention]");
    if (mark) {
      const item = document.getElementById("mention-" + mark.dataset.mention);
      if (item) select(item, false);
      return;
    }
    const claim = target.closest("[data-goto-claim]");
    if (claim) {
      const span = document.querySelector('#source-text [data-claim="' + claim.dataset.gotoClaim + '"]');
      if (span) { span.scrollIntoView({ block: "center", behavior: "smooth" }); span.classList.remove("flash-target"); void span.offsetWidth; span.classList.add("flash-target"); }
      return;
    }
    if (target.id === "select-suggested") {
      document.querySelectorAll('#mention-list .mention-item[data-status="suggested"] input[type="checkbox"]')
        .forEach(function (box) { box.checked = true; });
    }
  });

  // /sources/ID#claim-N (from an event page): bring that claim into view.
  document.addEventListener("DOMContentLoaded", function () {
    const found = /^#claim-(\d+)$/.exec(window.location.hash);
    const span = found && document.querySelector('#source-text [data-claim="' + found[1] + '"]');
    if (span) { span.scrollIntoView({ block: "center" }); span.classList.add("flash-target"); }
  });

  // After a review decision the panel item is replaced: restyle its marks in the text and keep it current.
  document.addEventListener("htmx:afterSwap", function (event) {
    // The panel's counts arrive out of band with their own afterSwap: not a decision.
    if (event.detail && event.detail.elt && event.detail.elt.id === "review-counts") return;
    const item = event.detail && event.detail.target;
    if (!item || !item.classList || !item.classList.contains("mention-item")) return;
    const fresh = document.getElementById(item.id) || item;
    marksFor(fresh.dataset.mention).forEach(function (m) {
      m.className = m.className.replace(/\bs-\w+/, "s-" + fresh.dataset.status).replace(/\bm-\w+/, "m-" + fresh.dataset.type);
    });
    select(fresh, false);
    if (advance) { advance = false; move(1); }
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (currentMention === null || current()) return;
    const item = document.getElementById("mention-" + currentMention);
    if (!item) return;
    item.classList.add("current");
    marksFor(currentMention).forEach(function (m) { m.classList.add("current"); });
  });

  // Upload progress: the bytes going up, before the server-side job takes over.
  document.addEventListener("htmx:xhr:progress", function (event) {
    const bar = document.getElementById("upload-progress");
    if (!bar || !event.target.closest || !event.target.closest("#upload-form")) return;
    bar.hidden = false;
    if (event.detail.lengthComputable) bar.value = Math.round(100 * event.detail.loaded / event.detail.total);
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    const bar = document.getElementById("upload-progress");
    if (bar && event.target.id === "upload-form") { bar.hidden = true; }
  });
  // Error responses from htmx requests still carry a readable message: show it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status >= 400 && event.detail.xhr.responseText) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      // A refused review keeps its item: the message goes into the item's error slot.
      const item = event.detail.target && event.detail.target.closest && event.detail.target.closest(".mention-item");
      const slot = item && item.querySelector(".mi-error");
      if (slot) event.detail.target = slot;
    }
  });
})();
