// On a page that is Spanish from the start: what a card shows while the Spanish chunk loads,
// and how long it takes from navigation to the card drawn in Spanish. scripts/bench.mjs also
// times .spanish-preloaded.html, which it writes from spanish.html with the chunk's preload
// line added, as the embed builder writes it.
const card = document.querySelector('backcare-exercise-card');
const seen = new Set();
const record = () =>
  seen.add(card.shadowRoot?.querySelector('[part~="heading"]')?.textContent ?? '(fallback)');
await import('/dist/elements/exercise-card.js');
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
