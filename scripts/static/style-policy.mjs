// What a strict Content-Security-Policy must allow for an exported page to be styled. The
// export's widgets carry their styles in `<style>` elements inside their declarative shadow
// roots; a policy without `'unsafe-inline'` applies only those it names by hash. Web Crypto,
// so the export (Node) and the embed builder's worker (a browser) share it.

const base64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** The `'sha256-…'` source of every distinct `<style>` element in `html`, in order. */
export async function styleHashes(html) {
  const hashes = [];
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const hash = `'sha256-${base64(digest)}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The `style-src` directive a strict policy needs for `html`: its own files and those styles. */
export async function stylePolicy(html) {
  return ["style-src 'self'", ...(await styleHashes(html))].join(' ');
}
