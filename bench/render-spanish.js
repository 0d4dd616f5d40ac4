// On a page that is Spanish from the start: what a card shows while the Spanish chunk loads,
// and how long it takes from navigation to the card drawn in Spanish. spanish-preloaded.html
// is the same page with the chunk's preload line, as the embed builder writes it.
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
window.benchResult = { ms: performance.now(), seen: [...seen] };
