import { describe, expect, it } from 'vitest'
import { hasStatuspageUpdates, splitStatuspageUpdates } from './update-html'

const stampOf = (html: string) =>
  splitStatuspageUpdates(html).updates.map((u) => ({
    month: u.stamp.month,
    day: u.stamp.day,
    time: `${u.stamp.hour}:${u.stamp.minute}`,
    zone: u.stamp.zone,
    label: u.label,
    body: u.body,
  }))

describe('splitStatuspageUpdates', () => {
  it('reads layout 1 (2013–14, no <var>, single-digit day padded with a second space)', () => {
    const html =
      '<p><small>Jan  1, 09:09 PST</small><br><strong>Resolved</strong> - We have restored the system.</p>' +
      '<p><small>Dec 31, 08:17 PST</small><br><strong>Investigating</strong> - Looking.</p>'
    expect(stampOf(html)).toEqual([
      {
        month: 0,
        day: 1,
        time: '9:9',
        zone: 'PST',
        label: 'Resolved',
        body: 'We have restored the system.',
      },
      { month: 11, day: 31, time: '8:17', zone: 'PST', label: 'Investigating', body: 'Looking.' },
    ])
  })

  it("reads layout 2 with the pad space inside <var data-var='date'>", () => {
    const html =
      "<p><small>Jun <var data-var='date'> 6</var>, <var data-var='time'>04:43</var> UTC</small><br><strong>In progress</strong> - Work under way.</p>"
    expect(stampOf(html)).toEqual([
      {
        month: 5,
        day: 6,
        time: '4:43',
        zone: 'UTC',
        label: 'In progress',
        body: 'Work under way.',
      },
    ])
  })

  it('reads layout 3 (2026) with whitespace between tags and around the body', () => {
    const html =
      "<p> <small>Aug <var data-var='date'>21</var>, <var data-var='time'>00:37</var> UTC</small><br> <strong>Resolved</strong> - This incident has been resolved. </p> " +
      "<p> <small>Aug <var data-var='date'>20</var>, <var data-var='time'>14:43</var> UTC</small><br> <strong>Investigating</strong> - We are investigating. </p>"
    const updates = stampOf(html)
    expect(updates.map((u) => [u.day, u.time, u.label, u.body])).toEqual([
      [21, '0:37', 'Resolved', 'This incident has been resolved.'],
      [20, '14:43', 'Investigating', 'We are investigating.'],
    ])
  })

  it('keeps <br />, links and raw Markdown in the body up to its closing </p>', () => {
    const html =
      '<p><small>Dec 26, 10:22 PST</small><br><strong>Postmortem</strong> - # Summary\n<br />\n<br />See our [Help & Community](https://parse.com/help) and <a href="https://x.example/n">notes</a>.</p>' +
      '<p><small>Dec 24, 11:21 PST</small><br><strong>Resolved</strong> - Done.</p>'
    const [postmortem] = splitStatuspageUpdates(html).updates
    expect(postmortem?.body).toBe(
      '# Summary\n<br />\n<br />See our [Help & Community](https://parse.com/help) and <a href="https://x.example/n">notes</a>.',
    )
  })

  it('reads seconds and a numeric zone word such as GMT+0', () => {
    const html =
      "<p><small>Jun <var data-var='date'> 1</var>, <var data-var='time'>05:00:01</var> GMT+0</small><br><strong>Identified</strong> - In progress.</p>"
    const [update] = splitStatuspageUpdates(html).updates
    expect(update?.stamp).toMatchObject({ hour: 5, minute: 0, second: 1, zone: 'GMT+0' })
  })

  it('does not take the scheduled-event header for an update, and reads its window', () => {
    const html =
      "<p><strong>THIS IS A SCHEDULED EVENT May <var data-var='date'>14</var>, <var data-var='time'>16:30</var> UTC &nbsp;-&nbsp; May <var data-var='date'>15</var>, <var data-var='time'>16:30</var> UTC</strong></p>" +
      "<p><small>May <var data-var='date'>13</var>, <var data-var='time'>19:52</var> UTC</small><br><strong>Scheduled</strong> - Codespaces will be undergoing maintenance.</p>"
    const split = splitStatuspageUpdates(html)
    expect(split.updates.map((u) => u.label)).toEqual(['Scheduled'])
    expect(split.scheduledHeader).toBe('May 14, 16:30 UTC - May 15, 16:30 UTC')
    expect(split.scheduled?.start).toMatchObject({
      month: 4,
      day: 14,
      hour: 16,
      minute: 30,
      zone: 'UTC',
    })
    expect(split.scheduled?.end).toMatchObject({
      month: 4,
      day: 15,
      hour: 16,
      minute: 30,
      zone: 'UTC',
    })
  })

  it('reads a same-day window whose end has no date', () => {
    const html =
      "<p><strong>THIS IS A SCHEDULED EVENT Dec <var data-var='date'>18</var>, <var data-var='time'>16:00</var> - <var data-var='time'>17:00</var> UTC</strong></p>"
    const split = splitStatuspageUpdates(html)
    expect(split.updates).toEqual([])
    expect(split.scheduled?.start).toMatchObject({ month: 11, day: 18, hour: 16, zone: 'UTC' })
    expect(split.scheduled?.end).toMatchObject({ month: 11, day: 18, hour: 17, zone: 'UTC' })
  })

  it('counts an impossible stamp as unreadable instead of inventing a date', () => {
    const html =
      '<p><small>Feb 45, 10:00 UTC</small><br><strong>Resolved</strong> - Bad.</p>' +
      '<p><small>Feb  4, 09:00 UTC</small><br><strong>Investigating</strong> - Good.</p>'
    const split = splitStatuspageUpdates(html)
    expect(split.unreadable).toBe(1)
    expect(split.updates.map((u) => u.body)).toEqual(['Good.'])
  })

  it('finds nothing in text without the update layout', () => {
    expect(splitStatuspageUpdates('Status: Resolved\nAll good').updates).toEqual([])
    expect(hasStatuspageUpdates('<p><strong>Type:</strong> Maintenance</p>')).toBe(false)
  })

  it('stays fast on long whitespace runs and unclosed tags that never complete a stamp', () => {
    const hostile = [
      `<small>Jan${' '.repeat(200_000)}x<small>Jan 1,${' '.repeat(200_000)}`,
      '<p'.repeat(100_000),
      '<small>Jan 1, 10:00'.repeat(20_000),
      `THIS IS A SCHEDULED EVENT ${'<b'.repeat(100_000)}`,
    ]
    for (const html of hostile) {
      const started = performance.now()
      expect(splitStatuspageUpdates(html).updates).toEqual([])
      expect(performance.now() - started).toBeLessThan(1000)
    }
  })
})
