import { describe, expect, it } from 'vitest';
import type { GovStream } from './schema.js';
import { nextStreamStatusChange, streamStatus, youTubeId } from './streams.js';

const HOUR = 60 * 60 * 1000;
const START = '2024-05-01T15:00:00Z';
const start = Date.parse(START);

function stream(fields: Partial<GovStream>): GovStream {
  return { id: 's1', videoId: 'dQw4w9WgXcQ', title: 'Panel', ...fields };
}

describe('streamStatus from the schedule', () => {
  const scheduled = stream({ scheduledStart: START, scheduledEnd: '2024-05-01T16:30:00Z' });
  const end = Date.parse('2024-05-01T16:30:00Z');

  it('is upcoming until the scheduled start', () => {
    expect(streamStatus(scheduled, start - 1)).toBe('upcoming');
  });

  it('is live from the scheduled start instant', () => {
    expect(streamStatus(scheduled, start)).toBe('live');
    expect(streamStatus(scheduled, end - 1)).toBe('live');
  });

  it('has ended at the scheduled end instant', () => {
    expect(streamStatus(scheduled, end)).toBe('ended');
  });

  it('assumes one hour without a scheduled end', () => {
    const open = stream({ scheduledStart: START });
    expect(streamStatus(open, start + HOUR - 1)).toBe('live');
    expect(streamStatus(open, start + HOUR)).toBe('ended');
  });

  it('takes the assumed duration as an option', () => {
    const open = stream({ scheduledStart: START });
    const options = { assumedDurationMs: HOUR / 2 };
    expect(streamStatus(open, start + HOUR / 2 - 1, options)).toBe('live');
    expect(streamStatus(open, start + HOUR / 2, options)).toBe('ended');
  });

  it('is upcoming with no times at all', () => {
    expect(streamStatus(stream({}), start)).toBe('upcoming');
  });

  it('treats an unparseable time as missing', () => {
    expect(streamStatus(stream({ scheduledStart: 'soon' }), start)).toBe('upcoming');
  });
});

describe('streamStatus from the actual times', () => {
  it('is live from the actual start instant, even before the scheduled start', () => {
    const early = stream({ scheduledStart: START, actualStart: '2024-05-01T14:50:00Z' });
    const actualStart = Date.parse('2024-05-01T14:50:00Z');
    expect(streamStatus(early, actualStart - 1)).toBe('upcoming');
    expect(streamStatus(early, actualStart)).toBe('live');
  });

  it('stays live past the scheduled end until the actual end', () => {
    const long = stream({ scheduledStart: START, scheduledEnd: '2024-05-01T16:00:00Z', actualStart: START });
    expect(streamStatus(long, start + 3 * HOUR)).toBe('live');
  });

  it('is live while the actual end is still ahead', () => {
    const ending = stream({ actualStart: START, actualEnd: '2024-05-01T16:00:00Z' });
    expect(streamStatus(ending, start + HOUR - 1)).toBe('live');
  });

  it('has ended at the actual end instant, even before the scheduled end', () => {
    const short = stream({
      scheduledStart: START,
      scheduledEnd: '2024-05-01T17:00:00Z',
      actualStart: START,
      actualEnd: '2024-05-01T15:20:00Z',
    });
    const actualEnd = Date.parse('2024-05-01T15:20:00Z');
    expect(streamStatus(short, actualEnd - 1)).toBe('live');
    expect(streamStatus(short, actualEnd)).toBe('ended');
  });
});

describe('streamStatus with an explicit status', () => {
  it('wins over the schedule and the actual times', () => {
    const times = { scheduledStart: START, actualStart: START, actualEnd: '2024-05-01T16:00:00Z' };
    expect(streamStatus(stream({ ...times, status: 'live' }), start + 2 * HOUR)).toBe('live');
    expect(streamStatus(stream({ ...times, status: 'upcoming' }), start + 2 * HOUR)).toBe('upcoming');
    expect(streamStatus(stream({ ...times, status: 'ended' }), start)).toBe('ended');
  });
});

describe('youTubeId', () => {
  it('returns an 11-character id of the URL-safe alphabet', () => {
    expect(youTubeId('dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youTubeId('a-b_c-d_e-f')).toBe('a-b_c-d_e-f');
  });

  it('rejects other lengths, other characters and non-strings', () => {
    expect(youTubeId('dQw4w9WgXc')).toBeUndefined();
    expect(youTubeId('dQw4w9WgXcQQ')).toBeUndefined();
    expect(youTubeId('dQw4w9WgX"Q')).toBeUndefined();
    expect(youTubeId('dQw4w9WgX Q')).toBeUndefined();
    expect(youTubeId('https://youtu.be/dQw4w9WgXcQ')).toBeUndefined();
    expect(youTubeId(12345678901)).toBeUndefined();
    expect(youTubeId(undefined)).toBeUndefined();
    expect(youTubeId(null)).toBeUndefined();
  });
});

describe('nextStreamStatusChange', () => {
  const stream = { id: 's', videoId: 'AAAAAAAAAAA', title: 't', scheduledStart: '2026-12-10T16:00:00+01:00' };
  const start = Date.parse('2026-12-10T15:00:00Z');

  it('is the next start or end after now, so a display can look again exactly then', () => {
    expect(nextStreamStatusChange(stream, start - 1)).toBe(start);
    expect(nextStreamStatusChange(stream, start)).toBe(start + 3_600_000); // the assumed one-hour end
    expect(nextStreamStatusChange({ ...stream, scheduledEnd: '2026-12-10T17:30:00+01:00' }, start)).toBe(start + 5_400_000);
    expect(nextStreamStatusChange({ ...stream, actualStart: '2026-12-10T15:05:00Z' }, start)).toBe(start + 300_000);
  });

  it('is undefined when the status can no longer change, or is given explicitly', () => {
    expect(nextStreamStatusChange(stream, start + 3_600_000)).toBeUndefined();
    expect(nextStreamStatusChange({ ...stream, status: 'live' }, start - 1)).toBeUndefined();
    expect(nextStreamStatusChange({ id: 's', videoId: 'AAAAAAAAAAA', title: 't' }, start)).toBeUndefined();
  });
});
