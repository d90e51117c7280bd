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

/**
 * The two ways WebGL reaches SwiftShader on a machine without a GPU. The harness's flags pick ANGLE on
 * SwiftShader (steadier timings); a person without a GPU gets Chromium's default path, which composites
 * the canvas differently (and once hid part of it under the bottom sheet), so the render tests run on both.
 */
export const GL_PATHS = [
  { name: 'the harness GL path (ANGLE on SwiftShader)', args: CHROMIUM_ARGS },
  { name: "Chromium's default GL path", args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--use-angle')) },
] as const;
