// A clinic's React page, as the React test mounts it: the checklist, whose ticks the app
// keeps in its own state, and an exercise card with a clinician's dose. Bundled with React
// and dist/react.js when the test asks for app.bundle.js (see web-test-runner.config.mjs).
import { StrictMode, useState, version } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ExerciseCard, PtChecklist } from 'postpartum-backcare/react';
import type { PtChecklistChangeDetail } from 'postpartum-backcare/elements/pt-checklist.js';

export const reactVersion = version;

function ClinicPage({ onChange }: { onChange: (detail: PtChecklistChangeDetail) => void }) {
  const [checked, setChecked] = useState<string[]>([]);
  return (
    <main>
      <PtChecklist
        weeksPostpartum="3"
        headingLevel="2"
        onChecklistChange={(event) => {
          setChecked(event.detail.checked);
          onChange(event.detail);
        }}
      >
        <p slot="contact">Clinic: 555-0142</p>
      </PtChecklist>
      <p id="ticked">{checked.length ? checked.join(', ') : 'nothing ticked'}</p>
      <ExerciseCard exercise="bridge" reps="10" sets="2" headingLevel="2" />
    </main>
  );
}

export function mount(
  container: HTMLElement,
  onChange: (detail: PtChecklistChangeDetail) => void,
): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <ClinicPage onChange={onChange} />
    </StrictMode>,
  );
  return root;
}
