import { expect, html, waitUntil } from '@open-wc/testing';
import type { BackcareRoutine } from '../../src/routine/routine.js';
import { button, fakeClock, press, redraw, routine } from './helpers.js';

// The device features a session uses, replaced by stand-ins that record what they are asked:
// the screen wake lock, speech synthesis and Web Audio. Each test puts back the original.

/** Replaces `name` on `target` for one test; returns the function that restores it. */
function replace(target: object, name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else Reflect.deleteProperty(target, name);
  };
}

let restore: (() => void)[] = [];
afterEach(() => {
  restore.reverse().forEach((undo) => undo());
  restore = [];
});

/** A wake lock that records requests and releases. */
function fakeWakeLock() {
  const log: string[] = [];
  restore.push(
    replace(navigator, 'wakeLock', {
      request: async (type: string) => {
        log.push(`request ${type}`);
        return { release: async () => void log.push('release') };
      },
    }),
  );
  return log;
}

const settle = async (el: BackcareRoutine) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 20));
};

describe('<backcare-routine> device cues', () => {
  describe('keeping the screen on', () => {
    it('holds a wake lock during an exercise, gives it back on pause and at the end', async () => {
      const log = fakeWakeLock();
      const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
      await settle(el);
      expect(log, 'nothing on the overview').to.deep.equal([]);
      await press(el, 'Start');
      await settle(el);
      expect(log).to.deep.equal(['request screen']);
      await press(el, 'Pause');
      await settle(el);
      expect(log).to.deep.equal(['request screen', 'release']);
      await press(el, 'Go on');
      await settle(el);
      expect(log.at(-1)).to.equal('request screen');
      await press(el, 'Finish');
      await settle(el);
      expect(log.at(-1), 'released at the end').to.equal('release');
    });

    it('gives the lock back while the page is hidden', async () => {
      const log = fakeWakeLock();
      const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
      await press(el, 'Start');
      await settle(el);
      restore.push(replace(document, 'visibilityState', 'hidden'));
      await redraw(el);
      await settle(el);
      expect(log).to.deep.equal(['request screen', 'release']);
    });

    it('works without the API', async () => {
      restore.push(replace(navigator, 'wakeLock', undefined));
      const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
      await press(el, 'Start');
      await settle(el);
      expect(button(el, 'Finish'), 'the session goes on').to.exist;
    });
  });

  describe('spoken names', () => {
    /** Speech synthesis with the given voices, recording what it is asked to say. */
    function fakeSpeech(voices: { lang: string; localService: boolean; name: string }[]) {
      const spoken: { text: string; voice: string }[] = [];
      restore.push(
        replace(window, 'speechSynthesis', {
          getVoices: () => voices,
          cancel: () => {},
          speak: (u: { text: string; voice: { name: string } }) =>
            spoken.push({ text: u.text, voice: u.voice.name }),
        }),
      );
      class Utterance {
        voice?: unknown;
        lang = '';
        constructor(readonly text: string) {}
      }
      restore.push(replace(window, 'SpeechSynthesisUtterance', Utterance));
      return spoken;
    }

    it('says each name with a voice on the device, only once the reader turns it on', async () => {
      const spoken = fakeSpeech([
        { lang: 'en-US', localService: false, name: 'Cloud' },
        { lang: 'en-GB', localService: true, name: 'Device' },
      ]);
      const quiet = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
      await press(quiet, 'Start');
      expect(spoken, 'off by default').to.deep.equal([]);
      quiet.remove();

      const el = await routine(
        html`<backcare-routine exercises="bridge cat-cow"></backcare-routine>`,
      );
      await press(el, 'Say each exercise’s name out loud');
      await press(el, 'Start');
      await press(el, 'Next');
      expect(spoken).to.deep.equal([
        { text: 'Bridge', voice: 'Device' },
        { text: 'Cat-cow', voice: 'Device' },
      ]);
    });

    it('says nothing when the only voices speak through a server', async () => {
      const spoken = fakeSpeech([{ lang: 'en-US', localService: false, name: 'Cloud' }]);
      const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
      await press(el, 'Say each exercise’s name out loud');
      await press(el, 'Start');
      expect(spoken).to.deep.equal([]);
      expect(button(el, 'Finish'), 'the session goes on').to.exist;
    });
  });

  describe('the tone at the end of a hold', () => {
    /** Web Audio that records each tone started. */
    function fakeAudio() {
      const tones: number[] = [];
      class Audio {
        currentTime = 0;
        destination = {};
        createOscillator() {
          const node = {
            frequency: { value: 0 },
            connect: (next: unknown) => next,
            start: () => tones.push(node.frequency.value),
            stop: () => {},
            onended: null,
          };
          return node;
        }
        createGain() {
          return {
            gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
            connect: (next: unknown) => next,
          };
        }
        close() {
          return Promise.resolve();
        }
      }
      restore.push(replace(window, 'AudioContext', Audio));
      return tones;
    }

    async function holdToTheEnd(tone: boolean) {
      const time = fakeClock();
      const el = await routine(
        html`<backcare-routine .now=${time.now}>
          <ol slot="plan">
            <li data-exercise="childs-pose" data-hold="5">Child’s pose</li>
          </ol>
        </backcare-routine>`,
      );
      if (tone) await press(el, 'Play a sound when a hold ends');
      await press(el, 'Start');
      await press(el, 'Start the hold');
      time.advance(5000);
      await redraw(el);
      await waitUntil(() => button(el, 'Hold again'), 'the hold ended');
    }

    it('plays one short tone made on the device when the reader asked for it', async () => {
      const tones = fakeAudio();
      await holdToTheEnd(true);
      expect(tones).to.deep.equal([660]);
    });

    it('stays silent by default', async () => {
      const tones = fakeAudio();
      await holdToTheEnd(false);
      expect(tones).to.deep.equal([]);
    });
  });
});
