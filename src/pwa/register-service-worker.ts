// Registers the offline worker in production builds only: in development it would serve stale modules.
// It waits until `after` settles (the app passes "the model is drawn, failed or cannot be drawn") and the
// page is idle: installing reads and caches every file, and on a two-core machine without a GPU that
// work competed with the first frame.
import { whenIdle } from '../when-idle';

export function registerServiceWorker(after: Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Offline support is a bonus; the app works without it, so a refusal is not an error for the user.
    });
  };
  const later = (): void => whenIdle(register);
  void after.then(later, later);
}
