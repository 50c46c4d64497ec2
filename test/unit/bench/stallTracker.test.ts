import { strict as assert } from 'node:assert';
import { StallTracker } from '../../bench/stallTracker';

describe('event-loop stall tracker', () => {
  it('sees no stall when every tick comes on time', () => {
    const t = new StallTracker(1000, 5);
    for (let now = 1005; now <= 1100; now += 5) t.tick(now);
    assert.deepEqual(t.stop(1100), { longestMs: 0, overThreshold: 0, thresholdMs: 50, ticks: 20, spanMs: 100, stalls: [] });
  });

  it('takes the lateness beyond the interval as the stall, and counts those over the threshold', () => {
    const t = new StallTracker(0, 5);
    t.tick(5);
    t.tick(85); // 75 ms late
    t.tick(90);
    t.tick(135); // 40 ms late: under the threshold
    t.tick(440); // 300 ms late
    const f = t.stop(441);
    assert.equal(f.longestMs, 300);
    assert.equal(f.overThreshold, 2);
    assert.equal(f.ticks, 5);
    assert.deepEqual(
      f.stalls,
      [
        { atMs: 10, ms: 75 },
        { atMs: 140, ms: 300 },
      ],
      'when each began, after the tick that was due',
    );
  });

  it('counts a loop still blocked at stop() as a stall', () => {
    const t = new StallTracker(0, 10, 20);
    t.tick(10);
    const f = t.stop(110); // no tick for 100 ms: 90 ms late
    assert.equal(f.longestMs, 90);
    assert.equal(f.overThreshold, 1);
    assert.equal(f.spanMs, 110);
  });
});
