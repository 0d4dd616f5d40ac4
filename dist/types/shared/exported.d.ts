import type { RenderOptions } from 'lit';
/**
 * What a widget does before its first render when the page already holds its content: a
 * shadow root written by the static export. Only such pages load this module, so a widget
 * on an ordinary page pays nothing for it.
 */
export interface ExportedWidget extends HTMLElement {
    readonly locale: {
        resolve(): void;
        readonly pending?: Promise<void>;
    };
    readonly renderOptions: RenderOptions;
    readonly updateComplete: Promise<boolean>;
    requestUpdate(): void;
}
export default function beforeFirstRender(widget: ExportedWidget): Promise<void>;
