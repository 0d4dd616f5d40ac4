import { expect } from '@open-wc/testing';
import {
  dayRange,
  isoDatePattern,
  utcDay,
  weeksSince,
  yearsBefore,
} from '../../src/shared/dates.js';

/** The time of a `yyyy-mm-dd` day at 00:00 UTC. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

// "Now" is a local time, as `new Date()` gives it; the day is what counts, not the hour.
const june15 = new Date(2026, 5, 15, 10, 30);
const leapDay = new Date(2028, 1, 29, 12);

describe('dates', () => {
  describe('utcDay', () => {
    it('gives the day at 00:00 UTC, in any year', () => {
      expect(utcDay(2026, 5, 15)).to.equal(day('2026-06-15'));
      expect(utcDay(1900, 0, 1)).to.equal(day('1900-01-01'));
      // Not the 1900s: setUTCFullYear takes the year as written.
      expect(utcDay(99, 0, 1)).to.equal(day('0099-01-01'));
    });

    it('knows which years have a 29 February', () => {
      expect(utcDay(2024, 1, 29)).to.equal(day('2024-02-29'));
      expect(utcDay(2000, 1, 29)).to.equal(day('2000-02-29'));
      expect(utcDay(2026, 1, 29)).to.be.NaN;
      expect(utcDay(1900, 1, 29)).to.be.NaN;
    });

    it('is NaN for a day its month does not have', () => {
      expect(utcDay(2026, 3, 31)).to.be.NaN;
      expect(utcDay(2026, 5, 0)).to.be.NaN;
      expect(utcDay(2026, 5, 32)).to.be.NaN;
      expect(utcDay(NaN, NaN, NaN)).to.be.NaN;
    });
  });

  describe('yearsBefore', () => {
    it('gives the same calendar day, at 00:00 UTC, whatever the hour', () => {
      for (const hour of [0, 10, 23]) {
        const now = new Date(2026, 5, 15, hour, 59);
        expect(yearsBefore(now, 0)).to.equal(day('2026-06-15'));
        expect(yearsBefore(now, 2)).to.equal(day('2024-06-15'));
      }
    });

    it('moves a 29 February to 1 March in a year without one', () => {
      expect(yearsBefore(leapDay, 0)).to.equal(day('2028-02-29'));
      expect(yearsBefore(leapDay, 2)).to.equal(day('2026-03-01'));
      expect(yearsBefore(leapDay, 4)).to.equal(day('2024-02-29'));
    });
  });

  describe('dayRange', () => {
    it('runs from that many years ago to today, as a date input writes days', () => {
      expect(dayRange(june15, 2)).to.deep.equal({ min: '2024-06-15', max: '2026-06-15' });
      expect(dayRange(new Date(2026, 0, 1, 0, 5), 1)).to.deep.equal({
        min: '2025-01-01',
        max: '2026-01-01',
      });
      expect(dayRange(new Date(2026, 11, 31, 23, 55), 2)).to.deep.equal({
        min: '2024-12-31',
        max: '2026-12-31',
      });
    });

    it('starts on 1 March when the day two years ago was a 29 February that year lacks', () => {
      expect(dayRange(leapDay, 2)).to.deep.equal({ min: '2026-03-01', max: '2028-02-29' });
    });
  });

  describe('weeksSince', () => {
    it('gives nothing for no date', () => {
      expect(weeksSince('', june15, 2)).to.deep.equal({});
    });

    it('counts whole weeks to today', () => {
      const weeks = (date: string) => weeksSince(date, june15, 2).weeks;
      expect(weeks('2026-06-15')).to.equal(0);
      expect(weeks('2026-06-09')).to.equal(0);
      expect(weeks('2026-06-08')).to.equal(1);
      expect(weeks('2026-05-04')).to.equal(6);
      expect(weeks('2026-04-01')).to.equal(10);
    });

    it('counts calendar days, so neither the hour nor a change of clocks moves a week', () => {
      // 29 March 2026 is the last Sunday of March: clocks change in much of Europe.
      for (const hour of [0, 12, 23]) {
        const now = new Date(2026, 4, 10, hour, 30);
        expect(weeksSince('2026-03-29', now, 2)).to.deep.equal({ weeks: 6 });
        expect(weeksSince('2026-03-30', now, 2)).to.deep.equal({ weeks: 5 });
      }
    });

    it('rejects a day after today, even late at night', () => {
      expect(weeksSince('2026-06-16', june15, 2)).to.deep.equal({ problem: 'future' });
      const lateToday = new Date(2026, 5, 15, 23, 59);
      expect(weeksSince('2026-06-16', lateToday, 2)).to.deep.equal({ problem: 'future' });
      expect(weeksSince('2026-06-15', lateToday, 2)).to.deep.equal({ weeks: 0 });
      expect(weeksSince('2027-01-01', june15, 2)).to.deep.equal({ problem: 'future' });
    });

    it('accepts the same day two years ago and rejects the day before', () => {
      expect(weeksSince('2024-06-15', june15, 2)).to.deep.equal({ weeks: 104 });
      expect(weeksSince('2024-06-14', june15, 2)).to.deep.equal({ problem: 'too-old' });
      expect(weeksSince('1900-01-01', june15, 2)).to.deep.equal({ problem: 'too-old' });
      expect(weeksSince('2025-06-15', june15, 1)).to.deep.equal({ weeks: 52 });
      expect(weeksSince('2025-06-14', june15, 1)).to.deep.equal({ problem: 'too-old' });
    });

    it('handles leap days at both ends of the two years', () => {
      // Born on a leap day: two years later is 28 February, then 1 March is too long ago.
      expect(weeksSince('2024-02-29', new Date(2026, 1, 28), 2)).to.deep.equal({ weeks: 104 });
      expect(weeksSince('2024-02-29', new Date(2026, 2, 1), 2)).to.deep.equal({
        problem: 'too-old',
      });
      // Today a leap day: the oldest day allowed is 1 March two years back.
      expect(weeksSince('2026-03-01', leapDay, 2)).to.deep.equal({ weeks: 104 });
      expect(weeksSince('2026-02-28', leapDay, 2)).to.deep.equal({ problem: 'too-old' });
      expect(weeksSince('2028-02-29', leapDay, 2)).to.deep.equal({ weeks: 0 });
    });

    it('calls a date it cannot read, or a day that does not exist, unreadable', () => {
      for (const date of ['yesterday', '2026-6-1', '15/06/2026', '2026-02-29', '2026-04-31']) {
        expect(weeksSince(date, june15, 2), date).to.deep.equal({ problem: 'unreadable' });
      }
    });
  });

  describe('isoDatePattern', () => {
    it('matches what a date input gives, and nothing else', () => {
      for (const date of ['2026-06-15', '0099-01-01', '275760-09-13']) {
        expect(isoDatePattern.test(date), date).to.equal(true);
      }
      for (const date of [
        '',
        'yesterday',
        '2026-6-15',
        '26-06-15',
        ' 2026-06-15',
        '2026-06-15T00',
      ]) {
        expect(isoDatePattern.test(date), date).to.equal(false);
      }
    });
  });
});
