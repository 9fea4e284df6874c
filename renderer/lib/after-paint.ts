/**
 * Runs work just after the next frame has been painted, off a keystroke's path to the
 * screen: a task posted from the next animation frame runs once that frame is out. A
 * hidden window paints no frames, so a timer makes sure the work still runs soon.
 */
const LATEST_MS = 100;

export function afterNextPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    setTimeout(run, 0);
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(undefined);
  });
  const timer = setTimeout(once, LATEST_MS);
}
