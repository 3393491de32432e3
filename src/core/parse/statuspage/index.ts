export { statuspageAtomAdapter } from './atom-adapter'
export { statuspageRssAdapter } from './rss-adapter'
