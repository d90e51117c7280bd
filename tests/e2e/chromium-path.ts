// The one Chromium the e2e tests and the bench drive: the system's (Debian package) or $CHROME_PATH.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Flags from shared/reference/stack-notes.md: no sandbox (containers), no background traffic (so every request
// we see is the app's), and ANGLE on SwiftShader for WebGL without a GPU and with steadier timings.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
