// Checks that the English texts stay easy to read for a tired new parent: every text group
// below must be at Flesch-Kincaid grade 6 or lower. The texts come from the registry's
// `english` object (src/registry.ts), so a new element's texts are checked once its group is
// listed here. Prints a table of the figures; exits non-zero when a group is above the limit
// or when a listed path does not exist.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { importTs } from './load-ts.mjs';

const limit = 6;

/**
 * The text groups, as paths into `english`. `at` is where the group lives; a `*` in it makes
 * one group per key found there (one per exercise, per hold, per lifting moment). `parts` are
 * paths below `at`, each may hold a string, a list, or an object of texts; a `*` in a part
 * takes every key. A text of the form `{ breast, bottle, both }` gives one row per variant.
 */
const groups = [
  { at: 'exercises.byId.*', parts: ['steps', 'helps'] },
  { at: 'feedingGuide.holds.*', parts: ['steps', 'why'] },
  { at: 'feedingGuide', parts: ['setup.*.text'], name: 'feedingGuide.setup' },
  { at: 'feedingGuide', parts: ['safeSleep'], name: 'feedingGuide.safeSleep' },
  { at: 'liftingTips.moments.*', parts: ['dos', 'donts'] },
  { at: 'liftingTips', parts: ['coreWhy', 'coreCue', 'coreFeel'], name: 'liftingTips.core' },
  { at: 'whyItHurts', parts: ['intro', 'causes', 'hope'] },
  { at: 'ptChecklist', parts: ['items.*.label', 'items.*.action'], name: 'ptChecklist.items' },
  { at: 'ptChecklist', parts: ['items.*.step'], name: 'ptChecklist.steps' },
  {
    at: 'ptChecklist',
    parts: ['customSteps', 'nothingTicked', 'nothingTickedNext'],
    name: 'ptChecklist.levels',
  },
  { at: 'common', parts: ['disclaimer', 'stopIfItHurts'], name: 'common.safety' },
  { at: 'exercises', parts: ['beforeYouStart'], name: 'exercises.beforeYouStart' },
  { at: 'warningSigns', parts: ['intro', 'maternal', 'back', 'whatToDo', 'notComplete'] },
  { at: 'routine', parts: ['intro', 'noneKnown', 'ticksLabel'] },
  {
    at: 'routineSession',
    parts: ['paused', 'holdDone', 'stoppedText', 'doneText', 'rememberNote'],
  },
];

const variants = ['breast', 'bottle', 'both'];

class MissingPath extends Error {}

/** The values at a dotted path below `root`, with the path each was found at. */
function resolve(root, rootPath, path) {
  let found = [{ value: root, path: rootPath }];
  for (const key of path.split('.')) {
    found = found.flatMap(({ value, path: at }) => {
      if (value === null || typeof value !== 'object') {
        throw new MissingPath(`${at} is not an object, so it has no "${key}"`);
      }
      if (key === '*') {
        const keys = Object.keys(value);
        if (keys.length === 0) throw new MissingPath(`${at} has no entries for "*"`);
        return keys.map((k) => ({ value: value[k], path: `${at}.${k}` }));
      }
      if (!Object.hasOwn(value, key)) throw new MissingPath(`${at}.${key} does not exist`);
      return [{ value: value[key], path: `${at}.${key}` }];
    });
  }
  return found;
}

const isVariants = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  variants.every((v) => typeof value[v] === 'string') &&
  Object.keys(value).length === variants.length;

/** Every string in `value`, picking `variant` from `{ breast, bottle, both }` texts. */
function strings(value, variant, path) {
  if (typeof value === 'string') return [value];
  if (isVariants(value)) return [value[variant ?? 'both']];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, variant, `${path}.${k}`));
  }
  throw new MissingPath(`${path} holds no text`);
}

function hasVariants(value) {
  if (isVariants(value)) return true;
  return value !== null && typeof value === 'object' && Object.values(value).some(hasVariants);
}

/** The rows to measure: a name and the texts of one group (one variant of it). */
function expand(english) {
  const rows = [];
  for (const group of groups) {
    for (const { value: base, path: basePath } of resolve(english, 'english', group.at)) {
      const values = group.parts.flatMap((part) => resolve(base, basePath, part));
      const name = (group.name ?? basePath).replace(/^english\./, '');
      const split = values.some(({ value }) => hasVariants(value));
      for (const variant of split ? variants : [undefined]) {
        const texts = values.flatMap(({ value, path }) => strings(value, variant, path));
        // A text shown once reads once, even if several keys hold it.
        rows.push({ name: variant ? `${name} (${variant})` : name, texts: [...new Set(texts)] });
      }
    }
  }
  return rows;
}

const spelledOut = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number as it is said: 24 → "twenty four". */
function sayNumber(n) {
  if (n < 20) return spelledOut[n];
  if (n < 100) return `${tens[Math.floor(n / 10)]} ${n % 10 ? spelledOut[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100 ? ` ${sayNumber(n % 100)}` : '';
    return `${spelledOut[Math.floor(n / 100)]} hundred${rest}`;
  }
  return n
    .toString()
    .split('')
    .map((d) => spelledOut[Number(d)])
    .join(' ');
}

/**
 * Syllables of one word. A hyphenated word (check-up, C-section, OB-GYN) counts its parts;
 * a part in capitals is said letter by letter (C = "see", OB-GYN = "oh-bee-gee-why-en"); a
 * number is counted as it is said.
 */
function syllables(word) {
  return word
    .split('-')
    .filter(Boolean)
    .reduce((sum, part) => {
      if (/^\d+$/.test(part)) return sum + syllable(sayNumber(Number(part)));
      if (/^\p{Lu}+$/u.test(part) && (part.length > 1 || word.includes('-'))) {
        return sum + [...part].reduce((n, letter) => n + (letter === 'W' ? 3 : 1), 0);
      }
      return sum + syllable(part);
    }, 0);
}

const wordPattern = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Words, sentences and syllables of a group's texts, each text ending a sentence. */
function count(texts) {
  const counts = { word: 0, sentence: 0, syllable: 0 };
  for (const text of texts) {
    const plain = text
      .replace(/\{[^}]*\}(?:['’]s\b)?/g, '') // placeholders, with a possessive ’s after one
      .replace(/[’‘]/g, "'")
      .replace(/(\d),(\d)/g, '$1$2');
    for (const sentence of plain.split(/[.!?]+(?=\s|$)/)) {
      const words = sentence.match(wordPattern) ?? [];
      if (words.length === 0) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.reduce((n, w) => n + syllables(w), 0);
    }
  }
  return counts;
}

let rows;
try {
  const { english } = await importTs('src/registry.ts');
  rows = expand(english).map((row) => {
    const counts = count(row.texts);
    return { ...row, ...counts, grade: fleschKincaid(counts) };
  });
} catch (error) {
  if (!(error instanceof MissingPath)) throw error;
  console.error(`check-readability: ${error.message}.`);
  console.error('Fix the group in scripts/check-readability.mjs to match src/registry.ts.');
  process.exit(1);
}

const header = ['group', 'words', 'sentences', 'grade', 'limit'];
const table = rows.map((r) => [
  r.name,
  String(r.word),
  String(r.sentence),
  Number.isFinite(r.grade) ? r.grade.toFixed(1) : 'n/a',
  limit.toFixed(1),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const [i, cells] of table.entries()) {
  console.log(`${line(cells)}${rows[i].grade > limit ? '  above the limit' : ''}`);
}

const failing = rows.filter((r) => !(r.grade <= limit));
if (failing.length > 0) {
  console.error(
    `\nReadability: ${failing.length} group(s) above Flesch-Kincaid grade ${limit.toFixed(1)}: ` +
      `${failing.map((r) => r.name).join(', ')}. Use shorter sentences and common words.`,
  );
  process.exit(1);
}
console.log(`\nReadability: all ${rows.length} groups at Flesch-Kincaid grade ${limit} or below.`);
