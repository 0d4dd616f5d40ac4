// On a page that is Spanish from the start: what a card shows while the Spanish chunk loads,
// and how long it takes from the library's start to the card drawn in Spanish.
const start = performance.now();
const card = document.querySelector('backcare-exercise-card');
const seen = new Set();
const record = () =>
  seen.add(card.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '(fallback)');
await import('/dist/backcare.js');
record();
const observer = new MutationObserver(record);
observer.observe(card.shadowRoot, { childList: true, subtree: true, characterData: true });
await new Promise((resolve) => {
  const check = () =>
    card.shadowRoot.querySelector('[part~="heading"]') ? resolve() : requestAnimationFrame(check);
  check();
});
record();
observer.disconnect();
window.benchResult = { ms: performance.now() - start, seen: [...seen] };
