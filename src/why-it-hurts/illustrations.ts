import { svg } from 'lit';

/** A parent holding a baby close, in a 120 x 120 viewBox. */
export const parentAndBaby = svg`<path class="ground" stroke-width="3" stroke-linecap="round" d="M24 114H96"/><g class="figure" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"><circle cx="56" cy="20" r="11" stroke-width="5"/><path d="M52 23Q56 27 60 23" stroke-width="3"/><path d="M56 34V76L46 112M56 76L66 112M56 40L72 50"/></g><g class="baby" stroke-width="5"><ellipse cx="60" cy="56" rx="12" ry="6"/><circle cx="80" cy="50" r="6" stroke-width="4"/></g><path class="figure" stroke-width="6" stroke-linecap="round" stroke-linejoin="round" d="M56 40L42 60L72 64"/><path class="cue-head" d="M96 32L88 24A4.5 4.5 0 0 1 96 18A4.5 4.5 0 0 1 104 24Z"/>`;
