import { describe, expect, it } from 'vitest'
import { markdownLink, markdownText } from './markdown-text'

describe('feed text in Markdown', () => {
  it('escapes HTML as entities and inline syntax with backslashes', () => {
    expect(markdownText('<img src=x onerror=alert(1)> & co')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; co',
    )
    expect(markdownText('a | b `c` *d* _e_ ~f~ [g](h)')).toBe(
      'a \\| b \\`c\\` \\*d\\* \\_e\\_ \\~f\\~ \\[g\\]\\(h)',
    )
  })

  it('keeps a title on one line and away from block structure', () => {
    expect(markdownText('# Heading')).toBe('\\# Heading')
    expect(markdownText('- item')).toBe('\\- item')
    expect(markdownText('12. item')).toBe('12\\. item')
    expect(markdownText('one\ntwo\r\nthree\u2028four')).toBe('one two three four')
    expect(markdownText('bell\u0007 and nul\u0000')).toBe('bell and nul')
  })

  it('leaves no address but http(s) for a renderer to autolink', () => {
    expect(markdownText('javascript:alert(1) mailto:x@y.test')).toBe(
      'javascript\\:alert(1) mailto\\:x\\@y.test',
    )
    expect(markdownText('see https://vendor.example/x and Time: 10:00')).toBe(
      'see https://vendor.example/x and Time: 10:00',
    )
  })

  it('links only absolute http(s) addresses, encoding what would end the link or a table cell', () => {
    expect(markdownLink('API down', 'https://vendor.example/a b/(x)|y`')).toBe(
      '[API down](https://vendor.example/a%20b/%28x%29%7Cy%60)',
    )
    expect(markdownLink('API down', 'javascript:alert(1)')).toBe('API down')
    expect(markdownLink('API down', null)).toBe('API down')
    expect(markdownLink('', 'https://vendor.example/?a=1&b=2')).toBe(
      '[https://vendor.example/?a=1&amp;b=2](https://vendor.example/?a=1&amp;b=2)',
    )
  })
})
