/**
 * Resolves on a later turn of the extension host's event loop: long work (a long body's parse, a
 * workspace check, a burst of changed files) pauses with it so typing stays fluid. In Node it is
 * `setTimeout(0)`. In a web worker (vscode.dev) nested timeouts are clamped to 4 ms each, which
 * would add 20 s to a check of 5,000 files; a message to ourselves on a MessageChannel is not.
 */
export const nextTurn: () => Promise<void> = (() => {
  if (typeof setImmediate === 'function' || typeof MessageChannel !== 'function') {
    return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  // Typed by hand: the project's types are Node's, whose MessagePort has no `onmessage`.
  const channel = new MessageChannel() as unknown as { port1: { onmessage: (() => void) | null }; port2: { postMessage(m: null): void } };
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
})();
