import { svg, type SVGTemplateResult } from 'lit';
import type { FeedingPosition } from './content.js';

/** Inner SVG content for each hold, drawn in a 320 x 200 viewBox. */
export const holdIllustrations: Record<FeedingPosition, SVGTemplateResult> = {
  football: svg`<path class="ground" d="M10 182H310M70 56V182M70 150H156V182"/><rect class="prop" x="78" y="114" width="96" height="24" rx="12"/><g class="figure"><circle cx="94" cy="42" r="13"/><path d="M88 58L82 142H166L170 180H186"/><path d="M90 68L102 112L150 118"/></g><g class="baby"><circle cx="152" cy="102" r="9"/><path d="M138 106H100"/></g>`,
  cradle: svg`<path class="ground" d="M10 182H310M104 140V50Q160 36 216 50V140M92 140H228M100 140V182M220 140V182"/><rect class="prop" x="116" y="164" width="88" height="18" rx="4"/><rect class="prop" x="108" y="112" width="104" height="24" rx="12"/><g class="figure"><circle cx="160" cy="38" r="13"/><path d="M160 52V58M136 64Q160 58 184 64L176 136H144Z"/><path d="M148 136L144 164M172 136L176 164"/><path d="M136 68L114 104L170 112M184 68L204 98L186 108"/></g><g class="baby"><circle cx="124" cy="98" r="9"/><path d="M136 104H186"/></g>`,
  'side-lying': svg`<path class="ground" d="M10 182H310"/><rect class="ground" x="12" y="142" width="296" height="26" rx="6"/><rect class="prop" x="16" y="118" width="64" height="24" rx="12"/><g class="figure"><circle cx="48" cy="100" r="13"/><path d="M66 104L180 108L184 128L70 124Z"/><path d="M184 114L238 126L292 118M184 126L236 138L290 132"/><path d="M86 112Q126 108 152 128"/></g><g class="baby"><circle cx="104" cy="134" r="8"/><path d="M116 136H152"/></g>`,
};
