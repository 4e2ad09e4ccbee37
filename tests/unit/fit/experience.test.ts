import { describe, expect, it } from 'vitest';
import { formatGap, formatMonths } from '../../../utils/fit/dates';
import { experienceMonths, experienceSummary } from '../../../utils/fit/experience';
import type { WorkEntry } from '../../../utils/profile/schema';
import { euLawyer, NOW } from './personas';

const job = (from: string, to: string | null, tags: WorkEntry['tags'] = []): WorkEntry => ({
  from,
  to,
  title: '',
  organisation: '',
  tags,
});

describe('experienceMonths', () => {
  it('counts an ongoing job up to now', () => {
    expect(experienceMonths([job('2016-06-01', null)], { now: NOW })).toBe(120);
  });

  it('treats "to" as the last working day (inclusive)', () => {
    expect(experienceMonths([job('2020-01-01', '2020-12-31')], { now: NOW })).toBe(12);
  });

  it('merges overlapping periods instead of double-counting them', () => {
    const work = [
      job('2018-01-01', '2019-12-31'),
      job('2019-01-01', '2020-12-31'),
      job('2019-06-01', '2019-06-30'),
    ];
    expect(experienceMonths(work, { now: NOW })).toBe(36);
  });

  it('adds disjoint periods, leftover days across periods included', () => {
    const work = [job('2020-01-01', '2020-01-15'), job('2020-03-01', '2020-03-16')];
    expect(experienceMonths(work, { now: NOW })).toBe(1);
  });

  it('counts only after the qualification date', () => {
    expect(experienceMonths([job('2010-01-01', null)], { now: NOW, since: '2021-06-01' })).toBe(60);
  });

  it('ignores the future part of a job and jobs not started yet', () => {
    expect(experienceMonths([job('2026-01-01', '2027-12-31'), job('2026-09-01', null)], { now: NOW })).toBe(
      5,
    );
  });

  it('counts per tag and at management level', () => {
    expect(experienceMonths(euLawyer.work, { now: NOW, management: true })).toBe(36);
    expect(experienceMonths(euLawyer.work, { now: NOW, anyOf: ['trial-monitoring'] })).toBe(48);
    expect(experienceMonths(euLawyer.work, { now: NOW, anyOf: ['justice', 'trial-monitoring'] })).toBe(48);
    expect(experienceMonths(euLawyer.work, { now: NOW, anyOf: ['legal'] })).toBe(8 * 12);
  });

  it('summarises the persona: 10 years in total despite the overlapping lectureship', () => {
    const summary = experienceSummary(euLawyer.work, NOW, '2014-07-15');
    expect(summary.total).toBe(120);
    expect(summary.management).toBe(36);
    expect(summary.byDomain['trial-monitoring']).toBe(48);
  });
});

describe('formatting', () => {
  it('writes months as years and months', () => {
    expect(formatMonths(55)).toBe('4 y 7 m');
    expect(formatMonths(3)).toBe('0 y 3 m');
    expect(formatGap(12)).toBe('+1 year');
    expect(formatGap(17)).toBe('+1 y 5 m');
    expect(formatGap(5)).toBe('+5 months');
  });
});
