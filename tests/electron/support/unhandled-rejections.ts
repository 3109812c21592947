// The rejections that nothing handled while a test ran, as this Node process saw them.

/**
 * Runs `act` and returns every rejection that reached the process unhandled meanwhile.
 * (Vitest fails the run on one too; this lets the test say which.)
 */
export async function collectUnhandledRejections(act: () => Promise<void>): Promise<unknown[]> {
  const unhandled: unknown[] = [];
  const listener = (reason: unknown): void => void unhandled.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await act();
  } finally {
    process.off('unhandledRejection', listener);
  }
  return unhandled;
}
