import { describe, expect, it } from 'vitest'
import { fitText } from './chart-canvas'

/** A context whose text is 6 px a character, counting what it measures. */
function measuringContext(font: string) {
  const measured: string[] = []
  const context = {
    font,
    measureText: (text: string) => {
      measured.push(text)
      return { width: text.length * 6 }
    },
  } as unknown as CanvasRenderingContext2D
  return { context, measured }
}

describe('fitText', () => {
  it('cuts a label that is too wide and keeps one that fits', () => {
    const { context } = measuringContext('12px a')
    expect(fitText(context, 'Short', 60)).toBe('Short')
    expect(fitText(context, 'A rather long vendor name', 60)).toBe('A rather …')
  })

  it('measures a label once per font and width, however often it is drawn', () => {
    const { context, measured } = measuringContext('12px b')
    fitText(context, 'Another long vendor name', 60)
    const first = measured.length
    expect(fitText(context, 'Another long vendor name', 60)).toBe('Another l…')
    expect(measured.length).toBe(first)
    fitText(context, 'Another long vendor name', 90)
    expect(measured.length).toBeGreaterThan(first)
  })
})
