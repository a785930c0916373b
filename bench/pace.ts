// Open-loop load: start job k at k / perSecond seconds whether or not earlier jobs have answered,
// as officers and visitors do. (A closed loop would slow down with the server and hide its delays.)
import { sleep } from './stats.js';

/** Rejects with the first job's failure, after the jobs already started have settled. */
export async function atSteadyRate(count: number, perSecond: number, job: (k: number) => Promise<void>): Promise<void> {
  const started = performance.now();
  const running: Promise<void>[] = [];
  let failure: { error: unknown } | null = null;
  for (let k = 0; k < count && !failure; k++) {
    const due = started + (k * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    // caught at once: a job failing while later ones are still being started is not "unhandled"
    running.push(job(k).catch((error: unknown) => void (failure ??= { error })));
  }
  await Promise.all(running);
  if (failure) throw (failure as { error: unknown }).error;
}
