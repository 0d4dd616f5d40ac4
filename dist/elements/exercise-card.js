import{i as e,a as t,u as a,o as s,b as r,c as o,w as n,A as i}from"../chunks/lit-2saZrFTo.js";const l="0.1.0",c=new Set;function d(e,t,...a){c.has(e)||(c.add(e),console.warn(t,...a))}function h(e,t,a,s,r){if(null==a)return;const o=a.trim(),n=/^\d+$/.test(o)?Number(o):NaN;if(n>=s&&n<=r)return n;d(`${e}:${t}:${a}`,`<${e}>: ${t}="${a}" is not valid, so it is ignored. Use a whole number from ${s} to ${r}.`)}const u=new Map,p=[e`h1`,e`h2`,e`h3`,e`h4`,e`h5`,e`h6`],f=["auto","light","dark"];class m extends t{constructor(){super(),this.level=2,this.headingLevel=null,this.theme=null}get format(){return function(e){let t=u.get(e);if(!t){const a=new Intl.NumberFormat(e),s=new Intl.PluralRules(e),r=new Intl.DateTimeFormat(e,{dateStyle:"long",timeZone:"UTC"});t={number:e=>a.format(e),plural:(e,t)=>(t[s.select(e)]??t.other).replace("{n}",a.format(e)),date:e=>r.format(new Date(`${e}T00:00:00Z`))},u.set(e,t)}return t}(this.locale.language)}willUpdate(e){e.has("headingLevel")&&(this.level=h(this.localName,"heading-level",this.headingLevel,1,6)??2),e.has("theme")&&function(e,t,a,s,r){if(null==a)return r;const o=a.trim().toLowerCase();s.find(e=>e===o)||d(`${e}:${t}:${a}`,`<${e}>: ${t}="${a}" is not valid; using "${r}". Valid values: ${s.join(", ")}.`)}(this.localName,"theme",this.theme,f,"auto")}heading(e,t="heading"){const s=p[this.level-1];return a`<${s} id=${t} part="heading" class="heading">${e}</${s}>`}subheading(e,t){const r=p[Math.min(this.level,5)];return a`<${r} id=${s(t)} class="subheading">${e}</${r}>`}render(){return this.locale.ready?this.renderContent():r`<slot></slot>`}}m.backcareVersion=l,m.properties={headingLevel:{attribute:"heading-level"},theme:{}};const g="en",k={},w=new Map,b=new Map,v=new Set;let y;class x{constructor(e,t){this.host=e,this.english=t,this.language=g,this.ready=!0,this.requested="",e.addController(this)}get texts(){return w.get(this.language)??this.english}hostConnected(){v.add(this),y||(y=new MutationObserver(()=>v.forEach(e=>e.resolve())),y.observe(document.documentElement,{attributes:!0,attributeFilter:["lang"],subtree:!0})),this.resolve()}hostDisconnected(){v.delete(this)}resolve(){const e=function(e){let t=e;for(;t;){if(t instanceof Element){const e=t.getAttribute("lang");if(e&&e.trim())return e.trim()}t=t.parentNode instanceof ShadowRoot?t.parentNode.host:t.parentNode}return document.documentElement.lang}(this.host),t=function(e){return((e??"").trim().split(/[-_]/)[0]??"").toLowerCase()}(e);t!==this.requested&&(this.requested=t,t===g||""===t?this.show(g):w.has(t)?this.show(t):t in k?(this.ready=!1,this.host.requestUpdate(),function(e){let t=b.get(e);return t||(t=k[e]().then(t=>(w.set(e,t),t),t=>{d(`locale-load:${e}`,`backcare: could not load the "${e}" texts, showing English instead.`,t)}),b.set(e,t)),t}(t).then(e=>{this.requested===t&&this.show(e?t:g)})):(d(`locale-unknown:${t}`,`backcare: no texts for language "${e}", showing English. Available: ${[g,...Object.keys(k)].join(", ")}.`),this.show(g)))}show(e){this.language=e,this.ready=!0,this.host.requestUpdate()}}const L={vystejnova:{name:"Barbora Vystejnova",credentials:"MS, PT, DPT, PRPC",institution:"Baptist Health Jacksonville"},orvis:{name:"Brook Orvis",credentials:"PT, DPT, WCS, PRPC, CLT",institution:"Duke Health"},osullivan:{name:"Caitlyn O’Sullivan",credentials:"PT, DPT",institution:"Baptist Health Jacksonville"}};const M=o`
  --_accent: var(--backcare-dark-accent, #6fd6c2);
  --_accent-text: var(--backcare-dark-accent-contrast, #062a24);
  --_accent-soft: var(--backcare-dark-accent-soft, #173b36);
  --_text: var(--backcare-dark-text, #e8eef1);
  --_muted: var(--backcare-dark-muted, #b3c1c9);
  --_surface: var(--backcare-dark-surface, #14202a);
  --_border: var(--backcare-dark-border, #3c4e5a);
  --_caution: var(--backcare-dark-caution, #ffc46b);
  --_caution-soft: var(--backcare-dark-caution-soft, #3a2a12);
  --_focus: var(--backcare-dark-focus, #8ab4ff);
  color-scheme: dark;
`,$=o`
  :host {
    --_accent: var(--backcare-accent, #0b6b5d);
    --_accent-text: var(--backcare-accent-contrast, #ffffff);
    --_accent-soft: var(--backcare-accent-soft, #e5f3f0);
    --_text: var(--backcare-text, #1d2a33);
    --_muted: var(--backcare-muted, #4b5b66);
    --_surface: var(--backcare-surface, #ffffff);
    --_border: var(--backcare-border, #c9d3d9);
    --_caution: var(--backcare-caution, #8a4b00);
    --_caution-soft: var(--backcare-caution-soft, #fff4e0);
    --_focus: var(--backcare-focus, #1a56db);
    --_radius: var(--backcare-radius, 12px);
    --_space: var(--backcare-space, 1rem);
    --_line: var(--_accent);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    font-family: var(--backcare-font, inherit);
    font-size: var(--backcare-font-size, inherit);
    line-height: 1.5;
    text-align: start;
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${M}
    }
  }

  :host([theme='dark']) {
    ${M}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }

  .subheading {
    margin: 1.25em 0 0.5em;
    font-size: 1em;
    line-height: 1.3;
    font-weight: 700;
  }

  p {
    margin: 0.5em 0;
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .notice {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_caution);
    background: var(--_caution-soft);
    border-radius: calc(var(--_radius) / 2);
  }

  .fine-print {
    margin-block-start: 1em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .fine-print p {
    margin: 0.25em 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* :is() gives these the specificity of the theme selectors above, and they come later. */
  @media (forced-colors: active) {
    :host(:is([theme], :not([theme]))) {
      --_accent: LinkText;
      --_accent-text: Canvas;
      --_accent-soft: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_caution: CanvasText;
      --_caution-soft: Canvas;
      --_focus: Highlight;
    }
  }

  @media print {
    :host(:is([theme], :not([theme]))) {
      --_accent: #000;
      --_accent-soft: #fff;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_border: #555;
      --_caution: #000;
      --_caution-soft: #fff;
      color-scheme: light;
    }

    .card {
      break-inside: avoid;
    }
  }
`,_=["cat-cow","childs-pose","bridge","pelvic-circles","scapular-retraction","doorway-pec-stretch"],H={"cat-cow":{clinician:"vystejnova",equipment:"mat",lastReviewed:"2026-11-24"},"childs-pose":{clinician:"orvis",equipment:"mat",lastReviewed:"2026-11-24"},bridge:{clinician:"osullivan",equipment:"mat",lastReviewed:"2026-11-24"},"pelvic-circles":{clinician:"orvis",equipment:"none",lastReviewed:"2026-11-24"},"scapular-retraction":{clinician:"orvis",equipment:"resistance-band",lastReviewed:"2026-11-24"},"doorway-pec-stretch":{clinician:"orvis",equipment:"doorway",lastReviewed:"2026-11-24"}},C={disclaimer:"For education only, not medical advice. Ask your own clinician what is right for you.",stopIfItHurts:"Stop if you feel any discomfort, and make an appointment with a physical therapist.",recommendedBy:"Recommended by",sourceLabel:"Source",lastReviewed:e=>`Content last reviewed ${e}`,clinicianTitles:{vystejnova:"Women’s health physical therapist",orvis:"Physical therapist",osullivan:"Physical therapist"}},T={exercises:{"cat-cow":{name:"Cat-cow",searchName:"cat-cow pose",helps:"Gently moves your whole spine and eases a stiff, achy back.",steps:["Get on your hands and knees, hands under your shoulders and knees under your hips.","Round your back up toward the ceiling and let your head drop down.","Slowly reverse: lift your head and lower your back until it is flat.","Move slowly between the two positions."],illustrationAlt:"Two drawings of a person on hands and knees: first with the back rounded up and the head down, then with the head raised and the back flat."},"childs-pose":{name:"Child’s pose",searchName:"child’s pose",helps:"Stretches the muscles along your back and sides, including your lower back.",steps:["Kneel on the mat and sit back toward your heels.","Fold forward and reach your arms out along the mat.","Rest here and breathe.","To stretch one side, walk both hands over to the other side. Then switch."],illustrationAlt:"A person kneeling and sitting back on their heels, body folded forward, arms stretched out in front along the mat."},bridge:{name:"Bridge",searchName:"bridge exercise",helps:"Strengthens your core and the muscles that support your lower back.",steps:["Lie on your back with your knees bent, feet flat and arms by your sides.","Tighten your core gently.","Slowly lift your hips off the floor, keeping your core tight the whole time.","Slowly lower back down."],illustrationAlt:"A person lying on their back with knees bent and feet flat, lifting their hips so the body makes a slope from knees to shoulders."},"pelvic-circles":{name:"Pelvic circles",searchName:"pelvic rotations",helps:"Loosens tension in your lower back.",steps:["Stand with your feet apart and your hands on your hips.","Draw slow circles with your hips in one direction, as if you were dancing.","Then circle the other way."],illustrationAlt:"A person standing with hands on hips, with arrows circling the hips both clockwise and counterclockwise."},"scapular-retraction":{name:"Shoulder blade squeeze with a band",searchName:"scapular retraction",helps:"Strengthens the muscles between your shoulder blades that hold you upright.",steps:["Hold a resistance band in both hands in front of you.","Pull your hands out and apart, stretching the band.","As you pull, squeeze your shoulder blades together.","Slowly let your hands come back in."],illustrationAlt:"A person holding a resistance band in front of the chest and pulling it apart, with arrows showing the shoulder blades squeezing together."},"doorway-pec-stretch":{name:"Doorway chest stretch",searchName:"doorway pec stretch",helps:"Loosens a tight chest, which takes strain off your upper back.",steps:["Stand in a doorway or at the corner of a wall.","Press one hand against the door frame or wall.","Step forward into a lunge and lean in until you feel a stretch across your chest.","Come back out slowly, then do the other side."],illustrationAlt:"A person in a doorway with one hand pressed on the frame, stepping forward into a lunge to stretch the chest."}},equipment:{mat:"A mat or a soft spot on the floor","resistance-band":"A resistance band",doorway:"A doorway or a wall corner",none:"Nothing"},helpsLabel:"Helps",equipmentLabel:"You need",stepsLabel:"How to do it",searchFor:e=>`To find a video demonstration, search for “${e}”.`,planLabel:"Your plan",plan:(e,t)=>[void 0===e.reps?"":t.plural(e.reps,{one:"{n} repetition",other:"{n} repetitions"}),void 0===e.sets?"":t.plural(e.sets,{one:"{n} set",other:"{n} sets"}),void 0===e.holdSeconds?"":t.plural(e.holdSeconds,{one:"hold {n} second",other:"hold {n} seconds"})].filter(Boolean).join(", "),unknownExercise:(e,t)=>`Sorry, there is no exercise called “${e}”. Choose one of: ${t}.`,missingExercise:e=>`Choose an exercise to show: ${e}.`},S={"cat-cow":n`<path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 182H310"/><rect class="prop" fill="none" stroke-width="2" x="14" y="176" width="292" height="5" rx="2"/><g class="figure" fill="none" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"><path d="M54 121C78 99 93 96 116 118"/><path d="M54 121V172H13"/><path d="M116 118L118 170H129"/><path d="M116 118L126 135"/><circle cx="133" cy="147" r="11" stroke-width="6"/><path d="M212 121L274 118"/><path d="M212 121V172H171"/><path d="M274 118L276 170H287"/><path d="M274 118L281 105"/><circle cx="289" cy="95" r="11" stroke-width="6"/></g><g class="motion"><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M85 90V64"/><path class="cue-head" d="M85 53L91 64L79 64Z"/><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M243 73V99"/><path class="cue-head" d="M243 109L237 98L249 98Z"/></g><text class="cue-label" x="16" y="30">1</text><text class="cue-label" x="174" y="30">2</text>`,"childs-pose":n`<path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 182H310"/><rect class="prop" fill="none" stroke-width="2" x="14" y="176" width="292" height="5" rx="2"/><g class="figure" fill="none" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"><path d="M81 172H159L104 138"/><path d="M104 138Q135 102 172 146L181 154"/><circle cx="190" cy="163" r="10" stroke-width="6"/><path d="M161 134L255 169H265"/></g><g class="motion"><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M130 97Q107 91 96 110"/><path class="cue-head" d="M91 120L91 107L101 113Z"/><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M234 138H263"/><path class="cue-head" d="M276 138L265 144L265 132Z"/></g>`,bridge:n`<path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 182H310"/><rect class="prop" fill="none" stroke-width="2" x="14" y="176" width="292" height="5" rx="2"/><g class="figure" fill="none" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"><circle cx="77" cy="162" r="11" stroke-width="6"/><path d="M103 164L91 163"/><path d="M103 164L227 112L233 169H256"/><path d="M103 167L142 171H186"/></g><g class="motion"><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M168 123V94"/><path class="cue-head" d="M168 81L174 92L162 92Z"/></g>`,"pelvic-circles":n`<path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 182H310"/><g class="figure" fill="none" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"><circle cx="160" cy="28" r="11" stroke-width="6"/><path d="M160 40V50"/><path d="M136 56H184L176 98H144Z"/><path d="M150 100L142 176H132"/><path d="M170 100L178 176H188"/><path d="M136 58L114 80L140 96"/><path d="M184 58L206 80L180 96"/></g><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" stroke-dasharray="5 6" d="M98 100A62 15 0 1 0 222 100A62 15 0 1 0 98 100"/><g class="motion"><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M66 86A20 20 0 1 1 38 86"/><path class="cue-head" d="M44 80L40 92L32 84Z"/><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M254 86A20 20 0 1 0 282 86"/><path class="cue-head" d="M276 80L288 84L280 92Z"/></g><text class="cue-label" x="47" y="106">1</text><text class="cue-label" x="263" y="106">2</text>`,"scapular-retraction":n`<path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 182H310"/><g class="figure" fill="none" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"><circle cx="160" cy="28" r="11" stroke-width="6"/><path d="M160 40V50"/><path d="M136 56H184L176 100H144Z"/><path d="M150 102L146 176H136"/><path d="M170 102L174 176H184"/><path d="M136 58L107 66L88 82"/><path d="M184 58L213 66L232 82"/></g><path class="prop" fill="none" stroke-width="4" stroke-linecap="round" d="M88 82H232"/><g class="motion"><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M74 82H42"/><path class="cue-head" d="M30 82L41 76L41 88Z"/><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M246 82H278"/><path class="cue-head" d="M290 82L279 88L279 76Z"/><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M144 67H150"/><path class="cue-head" d="M158 67L149 72L149 62Z"/><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M176 67H170"/><path class="cue-head" d="M162 67L171 62L171 72Z"/></g>`,"doorway-pec-stretch":n`<path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M10 182H310"/><path class="ground" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" d="M136 182V12H152V182"/><g class="figure" fill="none" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"><path d="M160 100L136 137L112 172L108 178H126"/><path d="M160 100L196 132L204 176H222"/><path d="M160 100L176 58"/><path d="M176 58L181 46"/><circle cx="186" cy="33" r="11" stroke-width="6"/><path d="M176 58L146 60L144 28"/><path d="M178 62L186 88L192 112"/></g><g class="motion"><path class="cue" fill="none" stroke-width="3" stroke-linecap="round" d="M200 64H230"/><path class="cue-head" d="M242 64L231 70L231 58Z"/></g>`},j=o`
  :host {
    max-width: 52rem;
  }

  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'intro' 'figure' 'how' 'foot';
    column-gap: 1.5em;
  }

  .intro {
    grid-area: intro;
  }

  .how {
    grid-area: how;
  }

  .fine-print {
    grid-area: foot;
  }

  .helps,
  .equipment {
    margin: 0.4em 0 0;
  }

  .illustration {
    grid-area: figure;
    margin: 1em 0 0;
    padding: 0.5em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent-soft);
  }

  .illustration svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: 16rem;
  }

  .ground {
    stroke: var(--_muted);
    fill: none;
  }

  .figure {
    stroke: var(--_text);
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .prop {
    stroke: var(--_caution);
    fill: none;
  }

  .cue {
    stroke: var(--_accent);
    fill: none;
  }

  .cue-head,
  .cue-label {
    fill: var(--_accent);
    stroke: none;
  }

  .cue-label {
    font: 700 16px sans-serif;
  }

  @media (prefers-reduced-motion: no-preference) {
    .motion {
      animation: backcare-nudge 1.6s ease-in-out infinite alternate;
    }
  }

  @keyframes backcare-nudge {
    from {
      transform: translateY(0);
    }
    to {
      transform: translateY(-4px);
    }
  }

  .plan {
    margin: 1em 0 0;
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent-soft);
  }

  ::slotted([slot='note']) {
    display: block;
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }

  ::slotted([slot='actions']) {
    display: block;
    margin-block-start: 0.75em;
  }

  .steps {
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .steps li {
    margin: 0.35em 0;
    padding-inline-start: 0.25em;
  }

  .steps li::marker {
    color: var(--_accent);
    font-weight: 700;
  }

  .search {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .safety {
    margin-block-start: 1em;
  }

  @container (min-width: 44rem) {
    .card {
      grid-template-columns: minmax(0, 3fr) minmax(12rem, 2fr);
      grid-template-areas: 'intro figure' 'how figure' 'foot foot';
      align-items: start;
    }

    .how {
      margin-block-start: 0;
    }
  }

  :host([compact]) .card {
    --_space: 0.75rem;
    font-size: 0.9375em;
    grid-template-columns: minmax(0, 1fr) 7.5rem;
    grid-template-areas: 'intro figure' 'how how' 'foot foot';
  }

  :host([compact]) .illustration {
    margin: 0;
    padding: 0.25em;
  }

  :host([compact]) .search {
    display: none;
  }

  @media (forced-colors: active) {
    .figure,
    .cue,
    .prop,
    .ground {
      stroke: CanvasText;
    }

    .cue-head,
    .cue-label {
      fill: CanvasText;
    }

    .illustration {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .card {
      grid-template-columns: minmax(0, 3fr) minmax(10rem, 2fr);
      grid-template-areas: 'intro figure' 'how figure' 'foot foot';
    }

    .search {
      display: block;
    }
  }
`;class A extends m{constructor(){super(),this.locale=new x(this,{common:C,exerciseCard:T}),this.dose={},this.exercise=null,this.compact=!1,this.reps=null,this.sets=null,this.hold=null}willUpdate(e){if(super.willUpdate(e),e.has("reps")||e.has("sets")||e.has("hold")){const e=this.localName;this.dose={reps:h(e,"reps",this.reps,1,100),sets:h(e,"sets",this.sets,1,20),holdSeconds:h(e,"hold",this.hold,1,300)}}}get exerciseId(){const e=(this.exercise??"").trim().toLowerCase();return t=e,_.includes(t)?e:void 0;var t}renderContent(){const e=this.exerciseId;return e?this.renderCard(e):this.renderMessage()}renderMessage(){const e=this.locale.texts.exerciseCard,t=_.join(", "),a=this.exercise?.trim()??"",s=a?e.unknownExercise(a,t):e.missingExercise(t);return d(`exercise:${a}`,`<${this.localName}>: exercise="${a}" is not a known exercise. Valid values: ${t}.`),r`<div class="card" part="card">
      <p class="notice" part="message" role="status">${s}</p>
    </div>`}renderCard(e){const{common:t,exerciseCard:a}=this.locale.texts,s=a.exercises[e],o=H[e],n=a.plan(this.dose,this.format);return r`<article class="card" part="card" aria-labelledby="heading">
      <div class="intro">
        ${this.heading(s.name)}
        <p class="helps"><strong>${a.helpsLabel}:</strong> ${s.helps}</p>
        <p class="equipment">
          <strong>${a.equipmentLabel}:</strong> ${a.equipment[o.equipment]}
        </p>
      </div>
      <figure class="illustration" part="illustration">
        <svg viewBox="0 0 320 200" role="img" aria-labelledby="illustration-alt" focusable="false">
          <title id="illustration-alt">${s.illustrationAlt}</title>
          ${S[e]}
        </svg>
      </figure>
      <div class="how">
        ${n?r`<p class="plan" part="plan"><strong>${a.planLabel}:</strong> ${n}</p>`:i}
        <slot name="note"></slot>
        ${this.subheading(a.stepsLabel,"steps-heading")}
        <ol class="steps" part="steps" aria-labelledby="steps-heading">
          ${s.steps.map(e=>r`<li>${e}</li>`)}
        </ol>
        <p class="search">${a.searchFor(s.searchName)}</p>
        <p class="notice safety" part="safety-note">${t.stopIfItHurts}</p>
        <slot name="actions"></slot>
      </div>
      ${function(e,t,a,s){return r`<footer class="fine-print" part="credit">
    <p>
      ${e.recommendedBy}:
      ${s.map((t,a)=>r`${a>0?"; ":""}<span class="clinician">${function(e,t){const{name:a,credentials:s,institution:r}=L[t];return`${a}, ${s}, ${e.clinicianTitles[t]}, ${r}`}(e,t)}</span>`)}.
    </p>
    <p>${e.sourceLabel}: <cite>${"Dealing With Postpartum Back Pain? Physical Therapists Share Their Tips"}</cite>.</p>
    <p>${e.disclaimer}</p>
    <p>${e.lastReviewed(t.date(a))}</p>
  </footer>`}(t,this.format,o.lastReviewed,[o.clinician])}
    </article>`}}A.styles=[$,j],A.properties={...m.properties,exercise:{},compact:{type:Boolean,reflect:!0},reps:{},sets:{},hold:{}},function(e,t){const a=customElements.get(e);a?a.backcareVersion!==l&&d("define-version",`backcare: two different versions are loaded on this page (${a.backcareVersion??"unknown"} and ${l}). The first one loaded is used; remove the other script tag.`):customElements.define(e,t)}("backcare-exercise-card",A);export{A as BackcareExerciseCard,l as v};
