/** One attribute as custom-elements.json documents it. */
export interface DocumentedAttribute {
  readonly name: string;
  /** The type as written in the source, such as `string | null` or `boolean`. */
  readonly type: string;
  readonly description: string;
  /**
   * The valid values the description names: a range as "1 to 100", else each `quoted`
   * value; none for free text.
   */
  readonly values: readonly string[];
}

/** One element as custom-elements.json documents it; the default slot is named `''`. */
export interface DocumentedElement {
  readonly tag: string;
  readonly attributes: readonly DocumentedAttribute[];
  readonly events: readonly string[];
  readonly slots: readonly string[];
  readonly parts: readonly string[];
}

/** Every element custom-elements.json documents, read once per page. */
export function documentedElements(): Promise<readonly DocumentedElement[]>;

/** Every tag custom-elements.json documents. */
export function documentedTags(): Promise<string[]>;
