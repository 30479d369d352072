// The theme's search is a dialog without a name; a screen reader announces it as "Zoeken op deze site".
document.querySelectorAll('.md-search[role="dialog"]').forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Zoeken op deze site");
});
