// context.sync() with a time limit: a hung request becomes a message instead of a spinner forever.
export class SyncTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`Excel did not answer within ${seconds} s`);
  }
}

export const SYNC_TIMEOUT_MS = 60000;

export async function syncWithTimeout(context: { sync(): Promise<unknown> }, ms = SYNC_TIMEOUT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SyncTimeoutError(Math.round(ms / 1000))), ms);
  });
  try {
    await Promise.race([context.sync(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
