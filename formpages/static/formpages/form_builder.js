// The questions of a form page in the editor (formpages/models/form_field.py): each option shows only for the
// answer types it applies to (its wrapper's data-formbuilder-for), and under the choices the places add up.
// Without this script every option stays visible and the server refuses an option for another answer type.
(() => {
  "use strict";

  const QUESTION = "[data-inline-panel-child]";

  // The choices as the server reads them: one per line or, all on one line, separated by commas.
  function choiceLines(text) {
    const lines = text.trim().split(/\r?\n/);
    const parts = lines.length > 1 ? lines.map((line) => line.trim().replace(/,$/, "")) : text.split(",");
    return parts.map((part) => part.trim()).filter(Boolean);
  }

  function ownPlaces(line) {
    const match = /\|\s*(\d+)\s*$/.exec(line);
    return match ? Number(match[1]) : null;
  }

  function showTotal(question) {
    const wrapper = question.querySelector("[data-formbuilder-total]");
    const choices = wrapper && wrapper.querySelector("textarea");
    if (!choices) return;
    let output = wrapper.querySelector("[data-formbuilder-total-output]");
    if (!output) {
      output = document.createElement("p");
      output.className = "help";
      output.setAttribute("data-formbuilder-total-output", "");
      output.setAttribute("aria-live", "polite");
      wrapper.append(output);
    }
    const defaultInput = question.querySelector("[data-formbuilder-places] input");
    const defaultPlaces = defaultInput && /^\d+$/.test(defaultInput.value.trim()) ? Number(defaultInput.value) : null;
    const places = choiceLines(choices.value).map((line) => ownPlaces(line) ?? defaultPlaces);
    const counted = places.filter((count) => count !== null);
    if (!counted.length) {
      output.textContent = "";
      return;
    }
    const total = counted.reduce((sum, count) => sum + count, 0);
    const text = counted.length === places.length ? wrapper.dataset.formbuilderTotal : wrapper.dataset.formbuilderTotalOpen;
    output.textContent = text.replace("%(count)s", String(total));
  }

  function update(question) {
    const select = question.querySelector("[data-formbuilder-type] select");
    if (!select) return;
    question.querySelectorAll("[data-formbuilder-for]").forEach((option) => {
      const applies = option.dataset.formbuilderFor.split(" ").includes(select.value);
      // An option with an error message stays visible, so the message can be read.
      option.hidden = !applies && !option.querySelector(".w-field--error");
    });
    showTotal(question);
  }

  function updateAll() {
    document.querySelectorAll(QUESTION).forEach(update);
  }

  function onChange(event) {
    const question = event.target.closest && event.target.closest(QUESTION);
    if (question && question.querySelector("[data-formbuilder-type]")) update(question);
  }

  document.addEventListener("change", onChange);
  document.addEventListener("input", onChange);
  // A question added with "Voeg een vraag toe".
  document.addEventListener("w-formset:added", (event) => {
    const question = event.target.closest(QUESTION);
    if (question) update(question);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", updateAll);
  } else {
    updateAll();
  }
})();
