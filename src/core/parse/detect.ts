export { detectFormat } from './index'
