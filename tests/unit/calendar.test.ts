import { describe, expect, it } from 'vitest';
import { watchlistCalendar } from '@/utils/calendar';
import { watchItem } from './reminders/fixtures';

const item = watchItem();

describe('watchlistCalendar', () => {
  it('writes the deadline as an exact UTC instant with an alarm', () => {
    const ics = watchlistCalendar([item, { ...item, id: 'no-deadline', deadline: null }]);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART:20260625T150000Z');
    expect(ics).toContain('SUMMARY:Deadline: Justice Monitor (EK 60092)');
    expect(ics).toContain('TRIGGER:-P1D');
    expect(ics).toContain('UID:eulex-kosovo-2-2026/ek-60092@vacancy-fit');
  });
});
