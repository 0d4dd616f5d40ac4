/**
 * The public theme tokens, one entry per `--backcare-<name>` custom property. This list is
 * the only place they are written down: the theme styles (theme.styles.ts), the manifest's
 * `cssProperties` (custom-elements-manifest.config.mjs) and the README's Theming table
 * (scripts/docs.mjs) are all generated from it, so they cannot disagree.
 *
 * Plain data with no imports, so Node scripts can load it as well as the browser bundle.
 */
export interface ThemeToken {
  /** The public name without its `--backcare-` prefix. */
  readonly name: string;
  /** What the token colours or sets, in plain English, for the README and the manifest. */
  readonly description: string;
  /**
   * What `:host` sets from it: a private `--_*` variable that the element styles read, or,
   * for the fonts, the CSS property itself (a private variable would turn the `inherit`
   * fallback into the variable's own inheritance rather than the font's).
   */
  readonly target: `--_${string}` | 'font-family' | 'font-size';
  /** Default in the light scheme, which is also the scheme without any preference. */
  readonly light: string;
  /** Default in the dark scheme. A token with one has a `--backcare-dark-<name>` twin. */
  readonly dark?: string;
  /** Value under `forced-colors: active` (system colours); the host's value is ignored. */
  readonly forcedColors?: string;
  /** Value when printing; the host's value is ignored. */
  readonly print?: string;
}

export const tokenPrefix = '--backcare-';
export const darkTokenPrefix = '--backcare-dark-';

// The order is the order of the generated CSS and of the README table.
export const themeTokens: readonly ThemeToken[] = [
  {
    name: 'accent',
    description:
      'Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings.',
    target: '--_accent',
    light: '#0b6b5d',
    dark: '#6fd6c2',
    forcedColors: 'LinkText',
    print: '#000',
  },
  {
    name: 'accent-contrast',
    description: 'Text on an accent background, as on the feeding guide’s selected tab.',
    target: '--_accent-text',
    light: '#ffffff',
    dark: '#062a24',
    forcedColors: 'Canvas',
  },
  {
    name: 'accent-soft',
    description: 'Tinted background of the drawings, the exercise plan and highlighted panels.',
    target: '--_accent-soft',
    light: '#e5f3f0',
    dark: '#173b36',
    forcedColors: 'Canvas',
    print: '#fff',
  },
  {
    name: 'text',
    description: 'Text, and the people in the drawings.',
    target: '--_text',
    light: '#1d2a33',
    dark: '#e8eef1',
    forcedColors: 'CanvasText',
    print: '#000',
  },
  {
    name: 'muted',
    description: 'Secondary text (hints, fine print) and the ground line in the drawings.',
    target: '--_muted',
    light: '#4b5b66',
    dark: '#b3c1c9',
    forcedColors: 'CanvasText',
    print: '#333',
  },
  {
    name: 'surface',
    description: 'Card background.',
    target: '--_surface',
    light: '#ffffff',
    dark: '#14202a',
    forcedColors: 'Canvas',
    print: '#fff',
  },
  {
    name: 'border',
    description: 'Borders and dividing lines.',
    target: '--_border',
    light: '#c9d3d9',
    dark: '#3c4e5a',
    forcedColors: 'CanvasText',
    print: '#555',
  },
  {
    name: 'caution',
    description:
      'Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings.',
    target: '--_caution',
    light: '#8a4b00',
    dark: '#ffc46b',
    forcedColors: 'CanvasText',
    print: '#000',
  },
  {
    name: 'caution-soft',
    description: 'Background of safety notes and of the checklist’s “book soon” result.',
    target: '--_caution-soft',
    light: '#fff4e0',
    dark: '#3a2a12',
    forcedColors: 'Canvas',
    print: '#fff',
  },
  {
    // No forced-colours value: the checklist's own forced-colours rules draw that result in
    // system colours.
    name: 'urgent',
    description: 'The warning signs card, and the checklist’s “today” and “emergency” results.',
    target: '--_urgent',
    light: '#a4262c',
    dark: '#ff9b94',
    print: '#000',
  },
  {
    name: 'focus',
    description: 'Keyboard focus outline.',
    target: '--_focus',
    light: '#1a56db',
    dark: '#8ab4ff',
    forcedColors: 'Highlight',
  },
  {
    name: 'radius',
    description: 'Corner radius of the card; panels inside it use half.',
    target: '--_radius',
    light: '12px',
  },
  {
    name: 'space',
    description: 'Inner spacing of the card.',
    target: '--_space',
    light: '1rem',
  },
  {
    name: 'font',
    description: 'Font family; the page’s font when unset.',
    target: 'font-family',
    light: 'inherit',
  },
  {
    name: 'font-size',
    description: 'Base font size; the page’s size when unset.',
    target: 'font-size',
    light: 'inherit',
  },
];
