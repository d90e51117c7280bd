// Runs work the first frame must not wait for once the page is idle (or soon, where the browser has no
// idle callbacks). The timeout keeps a busy page from postponing it forever.
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 200);
}
