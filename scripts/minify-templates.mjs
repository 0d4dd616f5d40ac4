// A rollup plugin that squeezes the whitespace and comments out of Lit's css`` and the
// indentation out of html``/svg`` templates in our own sources. Lit ships templates as
// written, so without this every indent would be downloaded by every reader.

const tag = /\b(css|html|svg|staticHtml)\s*`/g;

/** Index of the backtick that closes the template literal whose body starts at `i`. */
function templateEnd(code, i) {
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i;
    else if (c === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2) + 1;
    else i++;
  }
  throw new Error('unterminated template literal');
}

/** Index of the `}` that closes the ${…} expression whose body starts at `i`. */
function expressionEnd(code, i) {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = templateEnd(code, i + 1) + 1;
    else if (c === "'" || c === '"') {
      i++;
      while (code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return i;
      depth--;
      i++;
    } else i++;
  }
  throw new Error('unterminated template expression');
}

/**
 * Rewrites every tagged template in `code`: literal text is minified for its kind, and the
 * ${…} expressions are searched in turn for nested templates.
 */
function minifyIn(code) {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(tag)) {
    if (match.index < last) continue;
    const bodyStart = match.index + match[0].length;
    const minify = match[1] === 'css' ? minifyCss : minifyMarkup;
    out += code.slice(last, bodyStart);
    let i = bodyStart;
    let literalStart = bodyStart;
    for (;;) {
      const c = code[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        out += minify(code.slice(literalStart, i));
        break;
      } else if (c === '$' && code[i + 1] === '{') {
        out += minify(code.slice(literalStart, i));
        const end = expressionEnd(code, i + 2);
        out += '${' + minifyIn(code.slice(i + 2, end)) + '}';
        i = end + 1;
        literalStart = i;
      } else {
        i++;
      }
    }
    last = i;
  }
  return out + code.slice(last);
}

const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // A colon is never followed by meaningful space: `color: red`, `(forced-colors: active)`.
    // (A space before one is a descendant combinator, `.card :focus`, and stays.)
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

// Whitespace with a line break in markup is rendered as one space at most.
const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || id.includes('node_modules')) return null;
      const out = minifyIn(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
