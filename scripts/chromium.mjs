// Debian's Chromium, started the way this machine allows: as root it needs --no-sandbox, and
// without the background-networking flags it keeps trying to reach hosts it cannot.
export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
