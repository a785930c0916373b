// Open-loop load: start job k at k / perSecond seconds whether or not earlier jobs have answered,
// as officers and visitors do. (A closed loop would slow down with the server and hide its delays.)
import { sleep } from './stats.js';

export async function atSteadyRate(count: number, perSecond: number, job: (k: number) => Promise<void>): Promise<void> {
  const started = performance.now();
  const running: Promise<void>[] = [];
  for (let k = 0; k < count; k++) {
    const due = started + (k * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(job(k));
  }
  await Promise.all(running);
}
