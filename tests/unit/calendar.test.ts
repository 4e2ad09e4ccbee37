import { describe, expect, it } from 'vitest';
import { calendarFileName, watchlistCalendar } from '@/utils/calendar';
import { watchItem } from './reminders/fixtures';

const item = watchItem();

describe('watchlistCalendar', () => {
  it('writes the deadline as an exact UTC instant with an alarm a day before', () => {
    const ics = watchlistCalendar([item, { ...item, id: 'no-deadline', deadline: null }]);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('PRODID:vacancy-fit');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART:20260625T150000Z');
    expect(ics).toContain('SUMMARY:Deadline: Justice Monitor (EK 60092)');
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics).toContain('TRIGGER:-P1D');
    expect(ics).toContain('UID:eulex-kosovo-2-2026/ek-60092@vacancy-fit');
    expect(ics).not.toMatch(/DTSTART;TZID/);
  });

  it('exports one item or all of them', () => {
    const other = watchItem({
      id: 'b/1',
      title: 'Close Protection Operator',
      ref: 'EK 60035',
      deadline: { ...item.deadline!, instant: '2026-03-30T07:00:00.000Z' },
    });
    const ics = watchlistCalendar([item, other]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20260330T070000Z');
    expect(calendarFileName([item])).toBe('vacancy-fit-justice-monitor-ek-60092.ics');
    expect(calendarFileName([item, other])).toBe('vacancy-fit-deadlines.ics');
  });
});
