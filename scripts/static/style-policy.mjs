// What a strict Content-Security-Policy must allow for an exported page to be styled. The
// export's widgets carry their styles in `<style>` elements inside their declarative shadow
// roots; a policy without `'unsafe-inline'` applies only those it names by hash.
import { createHash } from 'node:crypto';

/** The `'sha256-…'` source of every distinct `<style>` element in `html`, in order. */
export function styleHashes(html) {
  const hashes = [];
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The `style-src` directive a strict policy needs for `html`: its own files and those styles. */
export function stylePolicy(html) {
  return ["style-src 'self'", ...styleHashes(html)].join(' ');
}
