// The partner page's own script: shows which item a reader selected (gmg-select) and reports
// widget errors (gmg-error); both events bubble and cross the shadow boundary.
const selection = document.getElementById('selection');
document.addEventListener('gmg-select', (e) => {
  selection.textContent = `Selected: ${e.detail.id} (in <${e.target.localName}>)`;
});
document.addEventListener('gmg-error', (e) => {
  selection.textContent = `The timeline could not load its data (${e.detail.kind}); showing the saved or built-in copy.`;
});
