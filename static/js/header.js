/* Escape closes the header's open menu or search panel and puts the focus back on its button.
   Opening and closing work without this file: the panels are <details> elements. */
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const panel = document.querySelector(".site-header__panel[open]");
    if (!panel) return;
    panel.open = false;
    panel.querySelector("summary").focus();
});
