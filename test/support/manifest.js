// Reads what custom-elements.json documents: the tags, and each one's attributes, events,
// slots and CSS parts. Plain JavaScript, so the host pages under test/pages/ (which load only
// built files) can use it as well as the tests. The file is fetched once per page.

let documented;

/**
 * The valid values an attribute's description names: a range such as "(1–100)" or
 * "`1`–`6`" as the elements' warnings word it ("1 to 100"), else every `quoted` value.
 */
function namedValues(description) {
  const range = /`?(\d+)`?\s*[–-]\s*`?(\d+)`?/.exec(description);
  if (range) return [`${range[1]} to ${range[2]}`];
  return [...description.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

/** @returns {Promise<import('./manifest.js').DocumentedElement[]>} */
export function documentedElements() {
  documented ??= fetch(new URL('../../custom-elements.json', import.meta.url))
    .then((response) => response.json())
    .then((manifest) =>
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => ({
          tag: declaration.tagName,
          attributes: (declaration.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            type: attribute.type?.text ?? '',
            description: attribute.description ?? '',
            values: namedValues(attribute.description ?? ''),
          })),
          events: (declaration.events ?? []).map((event) => event.name),
          slots: (declaration.slots ?? []).map((slot) => slot.name),
          parts: (declaration.cssParts ?? []).map((part) => part.name),
        })),
    );
  return documented;
}

/** @returns {Promise<string[]>} every documented tag */
export async function documentedTags() {
  return (await documentedElements()).map((element) => element.tag);
}
