// Puts the exact markup of each live example under it as a snippet with a copy button, so
// the snippet can never drift from what the page shows.
for (const example of document.querySelectorAll('[data-examples] .example')) {
  const live = example.querySelector('.example-live');
  const markup = dedent(live.innerHTML);
  const figure = document.createElement('div');
  figure.className = 'example-snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = markup;
  pre.append(code);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy snippet';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(markup);
      button.textContent = 'Copied';
    } catch {
      // Clipboard access can be refused (insecure page, permissions): select the text instead.
      getSelection().selectAllChildren(code);
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy snippet'), 2000);
  });
  figure.append(pre, button);
  example.append(figure);
}

function dedent(text) {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
