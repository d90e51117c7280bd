// Test builds only (vite.config.ts, __UBE_TEST_HOOK__): a test sets `window.__ubeFail` to a site and that
// component throws, to prove the error boundaries keep the rest of the app working. Production builds
// compile the check away.
export type FaultSite = 'camera-rig' | 'info-panel';

declare global {
  interface Window {
    __ubeFail?: FaultSite;
  }
}

export function failHereInTests(site: FaultSite): void {
  if (__UBE_TEST_HOOK__ && typeof window !== 'undefined' && window.__ubeFail === site) {
    throw new Error(`injected failure: ${site}`);
  }
}
