/** Debian's Chromium, which the browser tests and the Lighthouse bench drive (no browser download: no internet). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags without which Chromium waits for a network this machine does not have. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
