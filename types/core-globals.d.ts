// The few platform globals src/core may use: present in browsers, Workers and Node alike.
// tsconfig.core.json compiles the core against ES2023 plus these, so DOM APIs stay out of it.
declare class URL {
  constructor(url: string, base?: string | URL)
  readonly hostname: string
  readonly host: string
  readonly href: string
  readonly origin: string
  readonly pathname: string
  readonly protocol: string
  readonly search: string
  readonly hash: string
  toString(): string
}
