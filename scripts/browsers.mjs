// The three test browsers and the Debian packages that provide them.
export const browsers = [
  { name: 'chromium', binary: '/usr/bin/chromium', packages: ['chromium'] },
  { name: 'firefox', binary: '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  {
    name: 'webkit',
    binary: '/usr/bin/WebKitWebDriver',
    packages: ['webkit2gtk-driver'],
  },
  { name: 'virtual display for WebKit', binary: '/usr/bin/xvfb-run', packages: ['xvfb'] },
];
