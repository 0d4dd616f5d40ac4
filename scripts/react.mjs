// src/react/index.ts, generated from custom-elements.json: one React wrapper per element,
// made with @lit/react, with every event the manifest lists as an `on…` prop.
import { format, resolveConfig } from 'prettier';

export const reactSourcePath = 'src/react/index.ts';

/** `backcare-checklist-change` → `onChecklistChange`. */
export function eventProp(eventName) {
  const words = eventName.replace(/^backcare-/, '').split('-');
  return `on${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
}

/** `backcare-pt-checklist` → `PtChecklist`, the wrapper's name. */
export function wrapperName(tag) {
  return eventProp(tag).slice(2);
}

/** The registered elements in the manifest: class name, tag, folder and event names. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      className: d.name,
      tag: d.tagName,
      folder: d.tagName.replace(/^backcare-/, ''),
      events: (d.events ?? []).map((e) => e.name),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag, 'en'));
}

/** The wrappers' source, formatted as the repository's other files are. */
export async function reactEntry(manifest) {
  const elements = manifestElements(manifest);
  const imports = elements
    .map((e) => `import { ${e.className} } from '../${e.folder}/define.js';`)
    .join('\n');
  const wrappers = elements.map((e) => {
    const events = e.events.map(
      (name) =>
        `    ${eventProp(name)}: '${name}' as EventName<GlobalEventHandlersEventMap['${name}']>,`,
    );
    return `/** \`<${e.tag}>\` for React${e.events.length ? `; ${e.events.map((n) => `\`${eventProp(n)}\` for \`${n}\``).join(', ')}` : ''}. */
export const ${wrapperName(e.tag)} = createComponent({
  tagName: '${e.tag}',
  elementClass: ${e.className},
  react: React,
  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},
  displayName: '${wrapperName(e.tag)}',
});`;
  });
  const source = `// Generated from custom-elements.json by \`npm run build\`; edit the elements, not this file.
/**
 * React wrappers, one per element, made with \`@lit/react\`: each property is a prop, each
 * \`backcare-*\` event an \`on…\` prop whose handler gets the typed event. Importing this
 * module defines the elements it wraps. React is a peer dependency.
 *
 * \`\`\`tsx
 * import { PtChecklist } from 'postpartum-backcare/react';
 * <PtChecklist weeksPostpartum="3" onChecklistChange={(e) => console.log(e.detail.checked)} />
 * \`\`\`
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
${imports}

${wrappers.join('\n\n')}
`;
  return format(source, { ...(await resolveConfig(reactSourcePath)), filepath: reactSourcePath });
}
