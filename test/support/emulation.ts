import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/** What this browser's driver can emulate (see `emulation-support` in the test config). */
export interface EmulationSupport {
  /** Media types and features: print, reduced motion. */
  readonly media: boolean;
  readonly forcedColors: boolean;
}

type Media = Parameters<typeof emulateMedia>[0];

let support: Promise<EmulationSupport> | undefined;

/** Asks the test server once per page what this browser can emulate. */
export function emulationSupport(): Promise<EmulationSupport> {
  support ??= executeServerCommand<EmulationSupport, undefined>('emulation-support').then(
    (answer) => {
      if (!answer) throw new Error('the test server does not answer "emulation-support"');
      return answer;
    },
  );
  return support;
}

/**
 * Emulates `media` where this browser can; elsewhere reports the running test as skipped
 * (pass mocha's `this`), so it is never counted as a pass it did not earn.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  if (!(await emulationSupport()).media) test.skip();
  await emulateMedia(media);
}

/** Emulates forced colours where this browser can; elsewhere skips the running test. */
export async function emulateForcedColorsOrSkip(
  test: Mocha.Context,
  active: boolean,
): Promise<void> {
  if (!(await emulationSupport()).forcedColors) test.skip();
  await executeServerCommand('emulate-forced-colors', { active });
}

/** Puts the page back to screen media with no preferences, where it could be emulated. */
export async function resetEmulation(): Promise<void> {
  const { media, forcedColors } = await emulationSupport();
  if (media) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  if (forcedColors) await executeServerCommand('emulate-forced-colors', { active: false });
}
