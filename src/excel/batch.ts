// Work sent to Excel in as few syncs as the 5 MB payload limit allows. Each job queues its proxies and says
// how many bytes it costs (request, or expected response for a read, from the shapes in wire.ts); jobs are
// packed into syncs under the budget. A sync Excel refuses for its size is retried smaller: half the jobs, or a
// single job split into parts (a read band into two bands); nothing is given up while it can still be split.
import { ExcelContext } from './api';
import { syncWithTimeout } from './sync';
import { errorCode } from './errors';

export interface Job {
  /** Estimated bytes of the job's share of the request. */
  bytes: number;
  /** Estimated bytes of its share of the response (a load's answer). */
  response?: number;
  queue(context: ExcelContext): void;
  /** Reads what the job loaded, after its sync succeeded. */
  done?(): void;
  /** Smaller jobs doing the same work, for when this one alone is too large. */
  split?(): Job[] | null;
}

export const isPayloadError = (e: unknown): boolean => {
  const code = errorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || /payload size/i.test(e instanceof Error ? e.message : '');
};

/**
 * Runs the jobs in order; returns the syncs it took.
 * @param onRetry called before a refused batch is sent again (proxies queued with it are not to be reused)
 */
export async function runJobs(context: ExcelContext, input: Job[], budget: number, onRetry?: () => void): Promise<number> {
  const jobs = [...input];
  let syncs = 0;
  let i = 0;
  let cap = Infinity;
  while (i < jobs.length) {
    // A job known to be too large for one sync goes as its parts.
    const big = jobs[i];
    if (Math.max(big.bytes, big.response ?? 0) > budget) {
      const parts = big.split?.();
      if (parts && parts.length > 1) {
        jobs.splice(i, 1, ...parts);
        continue;
      }
    }
    let n = 0;
    let bytes = 0;
    let response = 0;
    while (i + n < jobs.length && n < cap && (n === 0 || (bytes + jobs[i + n].bytes <= budget && response + (jobs[i + n].response ?? 0) <= budget))) {
      bytes += jobs[i + n].bytes;
      response += jobs[i + n++].response ?? 0;
    }
    const batch = jobs.slice(i, i + n);
    for (const j of batch) j.queue(context);
    try {
      syncs++;
      await syncWithTimeout(context);
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      onRetry?.();
      // The estimate was low: count these jobs as larger from now on, and send fewer (or smaller) at once.
      for (const j of batch) {
        j.bytes = Math.max(j.bytes * 2, budget / 2 + 1);
        if (j.response !== undefined) j.response *= 2;
      }
      if (batch.length > 1) {
        cap = Math.max(1, Math.floor(batch.length / 2));
        continue;
      }
      const parts = batch[0].split?.();
      if (!parts || parts.length < 2) throw e;
      jobs.splice(i, 1, ...parts);
      continue;
    }
    for (const j of batch) j.done?.();
    i += n;
    cap = Infinity;
  }
  return syncs;
}
