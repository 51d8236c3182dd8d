// Claimdesk workspace: turn a text selection into claim offsets, and keyboard shortcuts.
// No inline scripts anywhere: this file and htmx are the page's only JavaScript.
(function () {
  "use strict";

  const $ = (selector, root) => (root || document).querySelector(selector);
  const isTyping = (el) => !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  const codePoints = (s) => Array.from(s).length; // the server counts code points, the DOM UTF-16 units

  // Offset (in code points) of a DOM position inside #article-text, whose children each
  // carry data-o, the offset of their first character in the article text.
  function offsetOf(node, offset) {
    const container = $("#article-text");
    if (!container || !container.contains(node)) return null;
    if (node === container) {
      const child = container.childNodes[offset];
      if (child) return Number(child.dataset.o);
      const last = container.lastElementChild;
      return last ? Number(last.dataset.o) + codePoints(last.textContent) : 0;
    }
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const segment = element.closest("[data-o]");
    if (!segment) return null;
    const base = Number(segment.dataset.o);
    if (node.nodeType === Node.TEXT_NODE) return base + codePoints(node.data.slice(0, offset));
    return offset === 0 ? base : base + codePoints(segment.textContent);
  }

  let lastRange = null;
  document.addEventListener("selectionchange", function () {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const container = $("#article-text");
    if (container && container.contains(range.commonAncestorContainer)) lastRange = range.cloneRange();
  });

  function newClaim() {
    const form = $("#new-claim-form");
    if (!form) return;
    const box = $("#new-claim-box");
    const range = lastRange;
    const start = range && offsetOf(range.startContainer, range.startOffset);
    const end = range && offsetOf(range.endContainer, range.endOffset);
    box.open = true;
    const preview = $(".selection-preview", form);
    if (start === null || end === null || start === undefined || end === undefined || end <= start) {
      preview.textContent = preview.dataset.empty;
      const sentence = $("select[name=sentence]", form);
      if (sentence) sentence.focus();
      return;
    }
    const quote = range.toString();
    form.elements.start.value = start;
    form.elements.end.value = end;
    form.elements.quote.value = quote;
    if (form.elements.sentence) form.elements.sentence.value = "";
    if (!form.elements.text.value.trim()) form.elements.text.value = quote.trim();
    preview.textContent = "“" + quote.trim() + "”";
    form.elements.text.focus();
  }

  function claimLinks() {
    return Array.from(document.querySelectorAll("[data-claim-link]"));
  }

  function openClaim(id) {
    const link = $('[data-claim-link="' + id + '"]');
    if (link) link.click();
    const mark = $('#article-text mark[data-claim="' + id + '"]');
    if (mark) mark.scrollIntoView({ block: "center" });
  }

  function step(delta) {
    const links = claimLinks();
    if (!links.length) return;
    const panel = $("#panel[data-claim]");
    const current = panel ? links.findIndex((a) => a.dataset.claimLink === panel.dataset.claim) : -1;
    const next = current < 0 ? (delta > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, current + delta));
    openClaim(links[next].dataset.claimLink);
    links[next].focus();
  }

  function focusFirst(selector) {
    const field = $(selector);
    if (field) field.focus();
    return field;
  }

  document.addEventListener("click", function (event) {
    const mark = event.target.closest("#article-text mark[data-claim]");
    if (mark && window.getSelection().isCollapsed) openClaim(mark.dataset.claim);
    const suggested = event.target.closest("#article-text span.suggestion");
    if (suggested && window.getSelection().isCollapsed) {
      const item = $('[data-suggestion-item="' + suggested.dataset.suggestion + '"]');
      if (item) {
        item.scrollIntoView({ block: "nearest" });
        item.focus();
      }
    }
    const button = event.target.closest("[data-new-claim]");
    if (button) newClaim();
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const actions = {
      j: () => step(1),
      k: () => step(-1),
      n: newClaim,
      e: () => {
        // The caret goes to the end of the claim text, where an edit usually continues.
        const field = focusFirst("#attribution-form textarea, #attribution-form input:not([type=hidden])");
        if (field && typeof field.setSelectionRange === "function") {
          field.setSelectionRange(field.value.length, field.value.length);
        }
      },
      s: () => {
        const box = $("#add-source");
        if (box) box.open = true;
        focusFirst("#source-form input[name$=url]");
      },
      a: () => {
        const focused = document.activeElement && document.activeElement.closest("[data-suggestion-item]");
        const button = focused ? $("button[data-accept]", focused) : $("#suggestions button[data-accept]");
        if (button) button.click();
      },
      Escape: () => {
        // Closes the claim sheet (phone) or the correction of a suggestion, where they show a Close.
        const close = $("#panel [data-close-panel]");
        if (close && close.offsetParent !== null) close.click();
      },
      "?": () => {
        const dialog = $("#shortcuts");
        if (dialog && !dialog.open) dialog.showModal();
      },
    };
    // On a non-Latin layout (Arabic) a letter key types another letter: fall back to the key's
    // place on the keyboard, so j, k, a… are the same keys whatever the layout.
    let key = event.key;
    if (!actions[key] && /^Key[A-Z]$/.test(event.code || "") && !/^[\x20-\x7e]$/.test(key)) {
      key = event.code.slice(3).toLowerCase();
    }
    if (key === "\u061f") key = "?"; // the Arabic question mark, Shift+/ on an Arabic layout
    const action = actions[key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // Buttons that need JavaScript are hidden in the HTML and shown here.
  function reveal() {
    document.querySelectorAll("[data-needs-js]").forEach((el) => (el.hidden = false));
  }
  document.addEventListener("DOMContentLoaded", reveal);
  document.addEventListener("htmx:afterSettle", reveal);

  // Opening a page with a claim chosen brings its passage into view.
  document.addEventListener("DOMContentLoaded", function () {
    const panel = $("#panel[data-claim]");
    const mark = panel && $('#article-text mark[data-claim="' + panel.dataset.claim + '"]');
    if (mark) mark.scrollIntoView({ block: "center" });
  });

  // A request in flight shows it: its form is busy and its buttons wait (no double submit).
  document.addEventListener("htmx:beforeRequest", function (event) {
    const form = event.target.closest("form");
    if (!form) return;
    form.setAttribute("aria-busy", "true");
    form.querySelectorAll("button").forEach((b) => (b.disabled = true));
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    const form = event.target.closest("form");
    if (!form) return;
    form.removeAttribute("aria-busy");
    form.querySelectorAll("button").forEach((b) => (b.disabled = false));
  });

  // Deciding on a suggestion keeps the list where it was: the next one takes the decided one's
  // place and has the focus, so a, a, a works down the list.
  let listSpot = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    const item = event.target.closest("[data-suggestion-item]");
    const list = item && item.closest(".suggestion-list");
    if (!list) return;
    const items = Array.from(list.querySelectorAll("[data-suggestion-item]"));
    listSpot = { source: event.target, index: items.indexOf(item), scroll: list.scrollTop, top: item.getBoundingClientRect().top };
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    // Only the swap of the decision itself: another request settling meanwhile (a panel part
    // loading, a pulse) must neither take the spot nor move the focus.
    const config = event.detail && event.detail.requestConfig;
    if (!listSpot || !config || config.elt !== listSpot.source) return;
    const spot = listSpot;
    listSpot = null;
    const list = spot && $(".suggestion-list");
    if (!list) return;
    list.scrollTop = spot.scroll;
    const items = list.querySelectorAll("[data-suggestion-item]");
    const next = items[Math.min(spot.index, items.length - 1)];
    if (!next) return;
    list.scrollTop += next.getBoundingClientRect().top - spot.top;
    window.scrollBy(0, next.getBoundingClientRect().top - spot.top); // what the list could not absorb
    next.focus({ preventScroll: true });
  });
})();
